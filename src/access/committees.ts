import type { Access, FieldAccess, Where } from 'payload'

import { type AccessUser, committeesOf, isStaff, sitsOn } from './roles'

const userOf = (req: { user?: unknown }) => req.user as AccessUser

/** Documents that carry their committee (`committeeSlug`) and belong to the user's committees. */
const ofMyCommittees = (user: AccessUser): Where | null => {
  const mine = committeesOf(user)
  return mine.length ? { committeeSlug: { in: mine } } : null
}

/** Meetings: the committee sees its planned (draft) meetings; every member sees them once convened. */
export const meetingReadable: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const convened: Where = { status: { not_equals: 'planned' } }
  const mine = ofMyCommittees(user)
  return mine ? { or: [mine, convened] } : convened
}

/** Agenda items: confidential ones and those of draft meetings stay within the committee. */
export const agendaItemReadable: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const open: Where = { and: [{ confidential: { not_equals: true } }, { meetingStatus: { not_equals: 'planned' } }] }
  const mine = ofMyCommittees(user)
  return mine ? { or: [mine, open] } : open
}

/** Action items: the committee that assigned them and the person who owns them. */
export const actionItemReachable: Access = ({ req }) => {
  const user = userOf(req)
  if (!user) return false
  if (isStaff(user)) return true
  const own: Where = { owner: { equals: user.id } }
  const mine = ofMyCommittees(user)
  return mine ? { or: [mine, own] } : own
}

/** Writing committee work: staff, or members of the document's committee. */
export const committeeWork: Access = ({ req }) => {
  const user = userOf(req)
  if (isStaff(user)) return true
  return ofMyCommittees(user) ?? false
}

/** Creating committee work: staff or anyone on a committee (a hook checks it is the document's committee). */
export const onACommittee: Access = ({ req }) => {
  const user = userOf(req)
  return isStaff(user) || committeesOf(user).length > 0
}

type MinutesHolder = { committeeSlug?: string | null; status?: string | null; meetingStatus?: string | null; confidential?: boolean | null }

/** Minutes (notes, decisions, attendance) are read by the committee, and by every member once approved. */
export const minutesVisible = (user: AccessUser, doc: MinutesHolder | undefined): boolean => {
  if (!user) return false
  if (isStaff(user)) return true
  // Without a document (Payload checking a `where` on the field) only staff may filter on draft minutes.
  if (!doc) return false
  if (sitsOn(user, doc.committeeSlug)) return true
  return (doc.meetingStatus ?? doc.status) === 'approved' && !doc.confidential
}

export const minutesField: FieldAccess = ({ req, doc }) => minutesVisible(userOf(req), doc as MinutesHolder | undefined)
