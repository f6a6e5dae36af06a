import { getPayload } from 'payload'

import { calendarFile } from '@/calendar/ics'
import { calendarResponse } from '@/calendar/response'
import { eventCalendarEvent } from '@/events/calendar'
import { loadPublishedEvent } from '@/events/view'
import { recordId } from '@/http/recordId'
import type { User } from '@/payload-types'
import config from '@payload-config'

/** GET /agenda/:id/evenement.ics: "Ajouter à mon agenda" for one published event. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  const id = recordId((await params).id)
  const event = id ? await loadPublishedEvent(payload, user as User, id) : null
  if (!event) return new Response('Cet événement n’existe pas.', { status: 404 })
  return calendarResponse(calendarFile({ name: 'Relais', method: 'PUBLISH', events: [eventCalendarEvent(event)] }), {
    download: `evenement-${event.id}.ics`,
  })
}
