import type { PayloadRequest } from 'payload'

import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'

type Args = { data?: Record<string, unknown>; originalDoc?: Record<string, unknown>; req: PayloadRequest }

/**
 * The linked contract must be one of the entry's own commune (the commune is pinned before validation): a
 * contract of another commune, or one that does not exist, is refused with a French message. Read as the system,
 * so that the answer is the same whether or not the writer may read the other commune's contract.
 */
export async function sameCommuneContract(value: unknown, { data, originalDoc, req }: Args): Promise<true | string> {
  const contract = idOf(value)
  if (contract == null || (contract as unknown) === '') return true
  const commune = idOf(data?.commune ?? originalDoc?.commune)
  const found = await req.payload.findByID({
    collection: 'contracts',
    id: contract,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { commune: true },
  })
  if (!found || commune == null || idOf(found.commune) !== Number(commune)) return adminMessage(req, 'contractOfOtherCommune')
  return true
}
