import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { type AccessUser, sitsOn } from '@/access/roles'
import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'
import { invalid } from '@/http/invalid'

const ownerFields = new Set(['status'])

/**
 * The committee (and staff) assign and edit actions; an owner outside the committee may only change the status
 * of their own action. A meeting's action belongs to that meeting's committee. Keeps the owner's name and the
 * date the action was done.
 */
export const guardActionItem: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const user = req.user as AccessUser
  const meetingId = idOf(data.meeting ?? originalDoc?.meeting)
  if (meetingId != null) {
    const meeting = await req.payload.findByID({ collection: 'meetings', id: meetingId as number, depth: 0, req, disableErrors: true })
    if (!meeting) throw invalid(req, 'meeting', adminMessage(req, 'meetingMissing'))
    data.committee = meeting.committee
  }
  const committeeId = idOf(data.committee ?? originalDoc?.committee)
  const committee = await req.payload.findByID({ collection: 'committees', id: committeeId as number, depth: 0, req, disableErrors: true })
  if (!committee) throw invalid(req, 'committee', adminMessage(req, 'committeeMissing'))
  if (user && !sitsOn(user, committee.slug)) {
    const changed = Object.keys(data).filter(
      (key) => !ownerFields.has(key) && JSON.stringify(idOf(data[key])) !== JSON.stringify(idOf(originalDoc?.[key])),
    )
    const ownsIt = operation === 'update' && idOf(originalDoc?.owner) === user.id
    if (!ownsIt || changed.length) throw new Forbidden(req.t)
  }
  data.committeeSlug = committee.slug

  const ownerId = idOf(data.owner ?? originalDoc?.owner)
  if (ownerId !== idOf(originalDoc?.owner) || !originalDoc?.ownerName) {
    const owner = await req.payload.findByID({ collection: 'users', id: ownerId as number, depth: 0, req, disableErrors: true })
    if (!owner) throw invalid(req, 'owner', adminMessage(req, 'personMissing'))
    data.ownerName = owner.name
  }
  const status = data.status ?? originalDoc?.status
  if (status === 'done' && originalDoc?.status !== 'done') data.doneAt = new Date().toISOString()
  if (status !== 'done') data.doneAt = null
  return data
}
