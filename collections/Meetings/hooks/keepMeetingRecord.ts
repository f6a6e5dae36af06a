import type { CollectionBeforeDeleteHook } from 'payload'

import { adminMessage } from '@/admin/language'
import { refusal } from '@/http/refusal'

/**
 * Only a planned meeting (never convened: nobody outside the committee has been told of it) may be deleted, and
 * its draft agenda goes with it. A convened meeting is cancelled instead (members' calendars then drop it); a held,
 * approved or cancelled one is part of the committee's record. Without this, deleting a meeting that has agenda
 * items failed in PostgreSQL (the items' meeting may not be empty) and answered 500.
 */
export const keepMeetingRecord: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const meeting = await req.payload.findByID({ collection: 'meetings', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!meeting) return
  if (meeting.status !== 'planned') throw refusal(409, adminMessage(req, 'meetingKeepsRecord'))
  await req.payload.delete({ collection: 'agenda-items', where: { meeting: { equals: id } }, req, overrideAccess: true })
}
