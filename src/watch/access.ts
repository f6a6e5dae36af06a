import type { Access, FieldAccess, Where } from 'payload'

import { type AccessUser, hasRole, isStaff } from '@/access/roles'

const userOf = (req: { user?: unknown }) => req.user as AccessUser

const published: Where = { _status: { equals: 'published' } }

/** COTEC members propose watch items (drafts); coordinators and admins publish them. */
export const proposesWatchItems = (user: AccessUser) => hasRole(user, 'cotec', 'coordinator', 'admin')

/** Staff read every item; a COTEC member also their own proposals; every other logged-in person what is published. */
export const readWatchItems: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  if (hasRole(user, 'cotec')) return { or: [published, { proposedBy: { equals: user.id } }] }
  return published
}

/** Staff, or a COTEC member proposing a draft (never a publication). */
export const createWatchItems: Access = ({ req, data }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  return hasRole(user, 'cotec') && (data as { _status?: string } | undefined)?._status !== 'published'
}

/**
 * Staff change and delete every item; a COTEC member only their own proposals while they are unpublished, and
 * never publishes one (Payload asks this rule with `_status: 'published'` to show or hide « Publier »).
 */
export const changeWatchItems: Access = ({ req, data }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  if (!user || !hasRole(user, 'cotec')) return false
  if ((data as { _status?: string } | undefined)?._status === 'published') return false
  const own: Where[] = [{ proposedBy: { equals: user.id } }, { _status: { not_equals: 'published' } }]
  return { and: own }
}

/** The publication date is the coordination's (filled at the first publication when left empty). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(userOf(req))
