import { getPayload } from 'payload'

import { userFromHeaders } from '@/auth/userFromHeaders'
import { calendarFile } from '@/calendar/ics'
import { calendarResponse } from '@/calendar/response'
import { eventCalendarEvent } from '@/events/calendar'
import { loadPublishedEvent } from '@/events/view'
import { recordId } from '@/http/recordId'
import { contentLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import config from '@payload-config'

/** GET /agenda/:id/evenement.ics: "Ajouter à mon agenda" for one published event, in the reader's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const locale = contentLocale(await requestLocale())
  const t = translatorFor(locale, 'events.routes')
  const user = await userFromHeaders(payload, request.headers)
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  const id = recordId((await params).id)
  const event = id ? await loadPublishedEvent(payload, user, id) : null
  if (!event) return new Response(t('unknownEvent'), { status: 404 })
  return calendarResponse(calendarFile({ name: 'Relais', method: 'PUBLISH', locale, events: [eventCalendarEvent(event, locale)] }), {
    download: `evenement-${event.id}.ics`,
  })
}
