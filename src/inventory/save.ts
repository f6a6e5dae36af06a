import type { Payload } from 'payload'

import { isStaff } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import type { CommuneTool, User } from '@/payload-types'
import { providerForName } from '@/providers/resolve'
import { badInput, done, type Result } from '@/result'

import type { Hosting } from './vocabulary'

/** The messages in the language of the request (French outside one); loaded late: this module is used before Payload boots. */
const words = async () => (await import('@/i18n/server')).serverTranslator('inventory')

export type ToolInput = {
  tool: number | null
  commune: number | null
  process: number
  product: string
  provider: string
  hosting: Hosting | null
  hostingWhere: string
  inUseSince: number | null
  contract: number | null
  rating: number | null
  comment: string
  willingToBeContacted: boolean
}

/**
 * Adds or changes a line of the commune's inventory, as the person (the collection's rules decide, its hooks pin
 * the commune and check the contract); the provider typed by name is found or created in the same transaction.
 */
export async function saveTool(payload: Payload, user: User, input: ToolInput): Promise<Result<{ tool: number }>> {
  const { tool, commune, provider: typedProvider, ...fields } = input
  const t = await words()
  if (!tool && isStaff(user) && !commune) return badInput(t('errors.commune'))
  return inTransaction(payload, user, async ({ req }) => {
    const provider = await providerForName(req, typedProvider)
    const data = { ...fields, provider, hostingWhere: fields.hostingWhere || null, comment: fields.comment || null }
    const as = { user, overrideAccess: false as const, req, depth: 0 }
    if (tool) {
      const updated = await payload.update({ collection: 'commune-tools', id: tool, data, ...as })
      return done(t('done.updated'), { tool: updated.id })
    }
    const created = await payload.create({
      collection: 'commune-tools',
      data: { ...data, commune: (isStaff(user) ? commune : undefined) as number } as CommuneTool,
      ...as,
    })
    return done(t('done.added'), { tool: created.id })
  })
}

/** Removes a line of the inventory, as the person. */
export async function deleteTool(payload: Payload, user: User, tool: number): Promise<Result> {
  await payload.delete({ collection: 'commune-tools', id: tool, user, overrideAccess: false })
  return done((await words())('done.removed'))
}
