import { eventTypes } from '@/events/vocabulary'
import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** Published events are for every member; drafts are never indexed. In `locale`: none without a title in it. */
export const eventSearchDocument = (event: Event, locale: Locale = 'fr') =>
  event._status !== 'published' || !event.title
    ? null
    : searchDocument({
        collection: 'events',
        docId: String(event.id),
        type: 'evenement',
        locale,
        title: event.title,
        text: [
          eventTypes[event.type],
          event.theme,
          event.summary,
          event.description,
          event.place,
          ...(event.programme ?? []).map((p) => [p.title, p.speaker].filter(Boolean).join(', ')),
        ]
          .filter(Boolean)
          .join('\n'),
        url: `/agenda/${event.id}`,
        visibility: 'members',
      })
