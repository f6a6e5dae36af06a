import type { Validate } from 'payload'
import { text } from 'payload/shared'

import { adminMessage } from '@/admin/language'
import { findByName } from '@/providers/names'

/**
 * Payload's own checks (required, length), then one record per provider: a name that another record already
 * carries, even spelt otherwise or as an alias (« abacus research » for « Abacus Research AG »), is refused.
 */
export const validateProviderName: Validate<string | null | undefined> = async (name, options) => {
  const own = await text(name as string, options as never)
  if (own !== true || !name?.trim()) return own
  const { req, id } = options
  const { docs } = await req.payload.find({
    collection: 'providers',
    where: id ? { id: { not_equals: id } } : undefined,
    limit: 0,
    pagination: false,
    depth: 0,
    select: { name: true, aliases: true },
    req,
  })
  const same = findByName(docs, name)
  return same ? adminMessage(req, 'providerExists', { name: same.name }) : true
}
