import { getPayload } from 'payload'

import { userFromHeaders } from '@/auth/userFromHeaders'
import { calendarFile } from '@/calendar/ics'
import { calendarResponse } from '@/calendar/response'
import { recordId } from '@/http/recordId'
import { contentLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import { meetingEvent } from '@/meetings/invitations'
import { loadMeetingForCalendar } from '@/meetings/view'
import config from '@payload-config'

/**
 * GET /seances/:id/calendrier.ics: the meeting for the reader's calendar, read as the reader, so that its
 * description lists only the agenda items they may see, in the reader's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const locale = contentLocale(await requestLocale())
  const t = translatorFor(locale, 'meetings.routes')
  const user = await userFromHeaders(payload, request.headers)
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  const id = recordId((await params).id)
  const found = id ? await loadMeetingForCalendar(payload, user, id) : null
  if (!found) return new Response(t('unknownMeeting'), { status: 404 })
  const { meeting, committee, items } = found
  const ics = calendarFile({
    name: committee.shortName,
    method: 'PUBLISH',
    locale,
    events: [meetingEvent(meeting, committee, items, locale)],
  })
  return calendarResponse(ics, { download: `seance-${meeting.id}.ics` })
}
