import { getPayload } from 'payload'

import { calendarResponse } from '@/calendar/response'
import { feedOwner } from '@/events/feeds'
import { recipientLocale } from '@/i18n/recipient'
import { currentLocale } from '@/i18n/server'
import { translatorFor } from '@/i18n/translator'
import { meetingsFeed } from '@/meetings/feed'
import config from '@payload-config'

/** GET /flux/<secret>/seances.ics: a committee member's private feed of their committees' meetings, in their language. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = await getPayload({ config })
  const owner = await feedOwner(payload, (await params).token)
  if (!owner) return new Response(translatorFor(await currentLocale(), 'feeds')('invalidLink'), { status: 404 })
  return calendarResponse(await meetingsFeed(payload, owner, await recipientLocale(payload, owner)))
}
