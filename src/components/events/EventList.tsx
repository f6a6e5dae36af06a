import { longDateTime } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import type { Event, Media } from '@/payload-types'

/** Events as a list: date, type, title, place; past ones with their documents. */
export async function EventList({ events, empty, withDocuments }: { events: Event[]; empty: string; withDocuments?: boolean }) {
  if (!events.length) return <p>{empty}</p>
  const [t, types, locale] = await Promise.all([getTranslations('events.list'), getTranslations('vocab.events.types'), requestLocale()])
  return (
    <ul className="events">
      {events.map((event) => (
        <li key={event.id}>
          <span className="badge">{types(event.type)}</span>{' '}
          <a href={`/agenda/${event.id}`} lang="fr">
            {event.title}
          </a>
          {event.cancelled && <strong> — {t('cancelled')}</strong>}
          <div className="muted">
            {longDateTime(event.startsAt, locale)}
            {event.place ? (
              <>
                {' · '}
                <span lang="fr">{event.place}</span>
              </>
            ) : event.onlineUrl ? (
              ` · ${t('online')}`
            ) : (
              ''
            )}
          </div>
          {withDocuments &&
            (event.documents ?? [])
              .filter((d): d is Media => typeof d === 'object')
              .map((d) => (
                <div key={d.id}>
                  <a href={d.url ?? '#'} lang="fr">
                    {d.alt || d.filename}
                  </a>
                </div>
              ))}
        </li>
      ))}
    </ul>
  )
}
