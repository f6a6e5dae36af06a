import { getPayload } from 'payload'

import { calendarFile } from '@/calendar/ics'
import { calendarResponse } from '@/calendar/response'
import { recordId } from '@/http/recordId'
import { meetingEvent } from '@/meetings/invitations'
import { loadMeetingForCalendar } from '@/meetings/view'
import type { User } from '@/payload-types'
import config from '@payload-config'

/**
 * GET /seances/:id/calendrier.ics: the meeting for the reader's calendar, read as the reader, so that its
 * description lists only the agenda items they may see.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  const id = recordId((await params).id)
  const found = id ? await loadMeetingForCalendar(payload, user as User, id) : null
  if (!found) return new Response('Cette séance n’existe pas.', { status: 404 })
  const { meeting, committee, items } = found
  const ics = calendarFile({ name: committee.shortName, method: 'PUBLISH', events: [meetingEvent(meeting, committee, items)] })
  return calendarResponse(ics, { download: `seance-${meeting.id}.ics` })
}
