import { getPayload } from 'payload'

import { calendarResponse } from '@/calendar/response'
import { eventsFeed, feedOwner } from '@/events/feeds'
import { type EventType, eventTypeKeys } from '@/events/vocabulary'
import { recipientLocale } from '@/i18n/recipient'
import { currentLocale } from '@/i18n/server'
import { translatorFor } from '@/i18n/translator'
import config from '@payload-config'

/**
 * GET /flux/<secret>/evenements.ics[?type=formation]: the events feed that Outlook, Apple Calendar and Google
 * Calendar subscribe to. Calendar apps send no session, so the personal secret in the address stands for it; the
 * feed speaks its owner's language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = await getPayload({ config })
  const owner = await feedOwner(payload, (await params).token)
  if (!owner) return new Response(translatorFor(await currentLocale(), 'feeds')('invalidLink'), { status: 404 })
  const locale = await recipientLocale(payload, owner)
  const type = new URL(request.url).searchParams.get('type') ?? undefined
  if (type !== undefined && !(eventTypeKeys as readonly string[]).includes(type))
    return new Response(translatorFor(locale, 'feeds')('unknownType', { types: eventTypeKeys.join(', ') }), { status: 400 })
  return calendarResponse(await eventsFeed(payload, type as EventType | undefined, locale))
}
