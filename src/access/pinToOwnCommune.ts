import { type CollectionBeforeValidateHook, Forbidden, type PayloadRequest } from 'payload'

import { idOf } from '@/fields/idOf'

import { type AccessUser, communeOf, isStaff } from './roles'

/**
 * A commune's private record belongs to the commune of the member who writes it: the commune is taken from
 * their account, and naming another commune (or moving a record to one) is refused. Staff choose the commune.
 */
export function pinToOwnCommune(data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined, req: PayloadRequest) {
  const user = req.user as AccessUser
  if (!user || isStaff(user)) return
  const own = communeOf(user)
  const requested = idOf(data.commune ?? originalDoc?.commune)
  if (requested != null && Number(requested) !== own) throw new Forbidden(req.t)
  data.commune = own
}

/** The hook form, which also records who wrote the record first (by name: members cannot read other accounts). */
export const pinToCommuneAndAuthor: CollectionBeforeValidateHook = ({ data = {}, originalDoc, operation, req }) => {
  pinToOwnCommune(data, originalDoc, req)
  if (operation === 'create' && req.user) data.recordedByName = (req.user as { name?: string }).name ?? req.user.email
  return data
}
