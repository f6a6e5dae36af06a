import { eventTypes } from '@/events/vocabulary'
import type { Event } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** Published events are for every member; drafts are never indexed. */
export const eventSearchDocument = (event: Event) =>
  event._status !== 'published'
    ? null
    : searchDocument({
        collection: 'events',
        docId: String(event.id),
        type: 'evenement',
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
