import config from '@payload-config'
import { getPayload } from 'payload'

import { asUser } from '@/auth/asUser'
import { calendarFile } from '@/calendar/ics'
import { calendarResponse } from '@/calendar/response'
import { eventCalendarEvent } from '@/events/calendar'
import type { Event, User } from '@/payload-types'
import { recordId } from '@/http/recordId'

/** GET /agenda/:id/evenement.ics: "Ajouter à mon agenda" for one published event. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  const id = recordId((await params).id)
  const event = id
    ? ((await payload.findByID({ collection: 'events', id, ...asUser(user as User), depth: 0, draft: false, disableErrors: true })) as Event | null)
    : null
  if (!event || event._status !== 'published') return new Response('Cet événement n’existe pas.', { status: 404 })
  return calendarResponse(calendarFile({ name: 'Relais', method: 'PUBLISH', events: [eventCalendarEvent(event)] }), { download: `evenement-${event.id}.ics` })
}
