import config from '@payload-config'
import { getPayload } from 'payload'

import { asUser } from '@/auth/asUser'
import { calendarFile } from '@/calendar/ics'
import { calendarResponse } from '@/calendar/response'
import { meetingEvent } from '@/meetings/invitations'
import type { User } from '@/payload-types'
import { recordId } from '@/http/recordId'

/**
 * GET /seances/:id/calendrier.ics: the meeting for the reader's calendar, read as the reader, so that its
 * description lists only the agenda items they may see.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  const id = recordId((await params).id)
  const meeting = id ? await payload.findByID({ collection: 'meetings', id, ...asUser(user as User), depth: 0, disableErrors: true }) : null
  if (!meeting) return new Response('Cette séance n’existe pas.', { status: 404 })
  const [committee, items] = await Promise.all([
    payload.findByID({ collection: 'committees', id: meeting.committee as number, ...asUser(user as User), depth: 0 }),
    payload.find({ collection: 'agenda-items', where: { meeting: { equals: id } }, sort: ['position', 'id'], ...asUser(user as User), limit: 0, pagination: false, depth: 0 }),
  ])
  const ics = calendarFile({ name: committee.shortName, method: 'PUBLISH', events: [meetingEvent(meeting, committee, items.docs)] })
  return calendarResponse(ics, { download: `seance-${meeting.id}.ics` })
}
