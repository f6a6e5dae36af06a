import type { Access, FieldAccess, Where } from 'payload'

import { type AccessUser, communeOf, isAdmin, isCommuneSteward, isStaff, maintainsMeasures } from './roles'

// Payload types `req.user` as the generated User; our predicates need only the AccessUser shape.
const userOf = (req: { user?: unknown }) => req.user as AccessUser

export const authenticated: Access = ({ req }) => Boolean(userOf(req))

export const staffOnly: Access = ({ req }) => isStaff(userOf(req))

export const adminOnly: Access = ({ req }) => isAdmin(userOf(req))

export const staffField: FieldAccess = ({ req }) => isStaff(userOf(req))

export const nobody: FieldAccess = () => false

export const measureMaintainers: Access = ({ req }) => maintainsMeasures(userOf(req))

export const measureMaintainerField: FieldAccess = ({ req }) => maintainsMeasures(userOf(req))

/** Users: staff see everyone, a commune's validator sees their commune's accounts, anyone else only themself. */
export const selfCommuneOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const commune = communeOf(user)
  const self: Where = { id: { equals: user.id } }
  if (user.communeValidator && commune) return { or: [self, { commune: { equals: commune } }] }
  return self
}

/** Content with drafts: staff see drafts, every other logged-in user only what is published. */
export const publishedOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  return isStaff(user) ? true : { _status: { equals: 'published' } }
}

/** Commune-private data: staff see every commune, members only their own commune's records. */
export const ownCommuneOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  const commune = communeOf(user)
  return commune ? { commune: { equals: commune } } : false
}

/** Creating commune-private data: staff, or anyone who belongs to a commune (a hook pins it to theirs). */
export const communeMemberOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  return isStaff(user) || communeOf(user) !== null
}

/** Creating a commune's own records: staff, or its validator or référent (a hook pins the record to their commune). */
export const communeStewardOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  return isStaff(user) || isCommuneSteward(user)
}

/** Changing a commune's own records: staff, or that commune's validator or référent. */
export const ownCommuneStewardOrStaff: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  return isCommuneSteward(user) ? { commune: { equals: communeOf(user) } } : false
}

/** A person's own records (follows, notifications): nobody reads another's, staff included. */
export const ownRecords =
  (field: string): Access =>
  ({ req }) => {
    const user = userOf(req)
    return user ? { [field]: { equals: user.id } } : false
  }
