import type { Access, FieldAccess, Where } from 'payload'

import { type AccessUser, communeOf, isStaff } from './roles'

const userOf = (req: { user?: unknown }) => req.user as AccessUser

/** Staff, or the commune's validator (municipal secretary or their delegate) for records of their commune. */
export const validatorOfCommuneOrStaff =
  ({ confirmedOnly = false } = {}): Access =>
  ({ req }) => {
    const user = userOf(req)
    if (isStaff(user)) return true
    const commune = communeOf(user)
    if (!user?.communeValidator || !commune) return false
    const own: Where = { commune: { equals: commune } }
    return confirmedOnly ? { and: [own, { status: { not_equals: 'unconfirmed' } }] } : own
  }

/** Field rule: staff, or a validator acting on an account of their own commune. */
export const validatorOfDocCommuneOrStaff: FieldAccess = ({ req, doc }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  const commune = communeOf(user)
  const docCommune = communeOf(doc as AccessUser)
  return Boolean(user?.communeValidator && commune && docCommune === commune && doc?.id !== user.id)
}
