import type { PayloadRequest } from 'payload'

import { findByName, tidyName } from './names'

/** Longest provider name (the `providers.name` field). */
export const providerNameMax = 160

/**
 * The provider record for a typed name: the one known under this name or an alias (« abacus research » finds
 * « Abacus Research AG »), else a new record created with the name as typed, in the caller's transaction.
 * Returns null for an empty name or one too long to be a name.
 */
export async function providerForName(req: PayloadRequest, typed: string): Promise<number | null> {
  const name = tidyName(typed)
  if (!name || name.length > providerNameMax) return null
  const { docs } = await req.payload.find({
    collection: 'providers',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { name: true, aliases: true },
    req,
  })
  const known = findByName(docs, name)
  if (known) return known.id
  const created = await req.payload.create({ collection: 'providers', data: { name }, req })
  return created.id
}
