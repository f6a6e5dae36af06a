import type { CalendarEvent } from '@/calendar/ics'
import { publicUrl } from '@/config/runtime'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Event } from '@/payload-types'

export const eventUid = (event: Pick<Event, 'id'>) => `evenement-${event.id}@relais`

/**
 * An event as calendars see it: same UID for its whole life, the SEQUENCE its publications raised. The texts Relais
 * adds (not the event's own title and summary) are in the language of the person whose calendar it is.
 */
export const eventCalendarEvent = (event: Event, locale: Locale = defaultLocale): CalendarEvent => {
  const url = `${publicUrl()}/agenda/${event.id}`
  return {
    uid: eventUid(event),
    sequence: event.calendarSequence ?? 0,
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
    summary: event.title,
    description: [event.summary, translatorFor(locale, 'calendar')('eventLink', { url })].filter(Boolean).join('\n\n'),
    location: [event.place, event.onlineUrl].filter(Boolean).join(' · ') || null,
    url,
    cancelled: Boolean(event.cancelled),
  }
}
