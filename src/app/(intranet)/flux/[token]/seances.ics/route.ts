import { getPayload } from 'payload'

import { calendarResponse } from '@/calendar/response'
import { feedOwner } from '@/events/feeds'
import { meetingsFeed } from '@/meetings/feed'
import config from '@payload-config'

/** GET /flux/<secret>/seances.ics: a committee member's private feed of their committees' meetings. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const payload = await getPayload({ config })
  const owner = await feedOwner(payload, (await params).token)
  if (!owner) return new Response('Ce lien d’abonnement n’est pas valable (il a peut-être été renouvelé).', { status: 404 })
  return calendarResponse(await meetingsFeed(payload, owner))
}
