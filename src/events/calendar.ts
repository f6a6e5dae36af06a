import type { CalendarEvent } from '@/calendar/ics'
import { publicUrl } from '@/config/runtime'
import type { Event } from '@/payload-types'

export const eventUid = (event: Pick<Event, 'id'>) => `evenement-${event.id}@relais`

/** An event as calendars see it: same UID for its whole life, the SEQUENCE its publications raised. */
export const eventCalendarEvent = (event: Event): CalendarEvent => ({
  uid: eventUid(event),
  sequence: event.calendarSequence ?? 0,
  start: new Date(event.startsAt),
  end: new Date(event.endsAt),
  summary: event.title,
  description: [event.summary, `${publicUrl()}/agenda/${event.id}`].join('\n\n'),
  location: [event.place, event.onlineUrl].filter(Boolean).join(' · ') || null,
  url: `${publicUrl()}/agenda/${event.id}`,
  cancelled: Boolean(event.cancelled),
})
