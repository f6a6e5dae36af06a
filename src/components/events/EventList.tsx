import { eventTypes } from '@/events/vocabulary'
import { longDateTime } from '@/format/dates'
import type { Event, Media } from '@/payload-types'

/** Events as a list: date, type, title, place; past ones with their documents. */
export function EventList({ events, empty, withDocuments }: { events: Event[]; empty: string; withDocuments?: boolean }) {
  if (!events.length) return <p>{empty}</p>
  return (
    <ul className="events">
      {events.map((event) => (
        <li key={event.id}>
          <span className="badge">{eventTypes[event.type]}</span> <a href={`/agenda/${event.id}`}>{event.title}</a>
          {event.cancelled && <strong> — annulé</strong>}
          <div className="muted">
            {longDateTime(event.startsAt)}
            {event.place ? ` · ${event.place}` : event.onlineUrl ? ' · en ligne' : ''}
          </div>
          {withDocuments &&
            (event.documents ?? [])
              .filter((d): d is Media => typeof d === 'object')
              .map((d) => (
                <div key={d.id}>
                  <a href={d.url ?? '#'}>{d.alt || d.filename}</a>
                </div>
              ))}
        </li>
      ))}
    </ul>
  )
}
