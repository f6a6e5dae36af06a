import { getPayload } from 'payload'

import { calendarResponse } from '@/calendar/response'
import { eventsFeed, feedOwner } from '@/events/feeds'
import { eventTypes } from '@/events/vocabulary'
import config from '@payload-config'

/**
 * GET /flux/<secret>/evenements.ics[?type=formation]: the events feed that Outlook, Apple Calendar and Google
 * Calendar subscribe to. Calendar apps send no session, so the personal secret in the address stands for it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = await getPayload({ config })
  const owner = await feedOwner(payload, (await params).token)
  if (!owner) return new Response('Ce lien d’abonnement n’est pas valable (il a peut-être été renouvelé).', { status: 404 })
  const type = new URL(request.url).searchParams.get('type') ?? undefined
  if (type !== undefined && !Object.hasOwn(eventTypes, type))
    return new Response(`Type inconnu : choisissez ${Object.keys(eventTypes).join(', ')}.`, { status: 400 })
  return calendarResponse(await eventsFeed(payload, type as keyof typeof eventTypes | undefined))
}
