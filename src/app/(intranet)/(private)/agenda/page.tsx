import { requireSession } from '@/auth/currentUser'
import { zurichWallTime } from '@/calendar/zurich'
import { EventList } from '@/components/events/EventList'
import { MonthGrid, monthBounds, shiftMonth } from '@/components/events/MonthGrid'
import { findEvents, isEventType } from '@/events/view'
import { eventTypes } from '@/events/vocabulary'
import { monthYear } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'

export const metadata = { title: 'Agenda' }

/** Upcoming events (list and month view) and past ones with their documents, filtered by type. */
export default async function AgendaPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const typeParam = firstParam(params.type)
  const type = isEventType(typeParam) ? typeParam : undefined
  const now = new Date()
  const requestedMonth = firstParam(params.mois) ?? ''
  const month = monthBounds(requestedMonth) ? requestedMonth : zurichWallTime(now).slice(0, 7)
  const bounds = monthBounds(month)!
  const [upcoming, inMonth, past] = await Promise.all([
    findEvents(payload, user, { from: now, type }),
    findEvents(payload, user, { from: bounds.from, to: bounds.to, type }),
    findEvents(payload, user, { to: now, type, sort: '-startsAt', limit: 20 }),
  ])
  const query = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(type ? { type } : {}), ...extra })}`

  return (
    <>
      <h1>Agenda</h1>
      <p className="lead">
        Symposium numérique, formations, webinaires et ateliers proposés aux communes. Inscription en ligne, invitation pour votre agenda.
      </p>
      <form method="get" className="filters" aria-label="Filtrer les événements">
        <label>
          Type
          <select name="type" defaultValue={type ?? ''}>
            <option value="">Tous</option>
            {Object.entries(eventTypes).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Afficher</button>
        <a href="/agenda/abonnement">S’abonner dans mon agenda</a>
      </form>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">À venir</h2>
        <EventList events={upcoming} empty="Aucun événement à venir pour l’instant." />
      </section>
      <section aria-labelledby="month">
        <h2 id="month">
          <a href={query({ mois: shiftMonth(month, -1) })} aria-label="Mois précédent">
            ‹
          </a>{' '}
          {monthYear(month)}{' '}
          <a href={query({ mois: shiftMonth(month, 1) })} aria-label="Mois suivant">
            ›
          </a>
        </h2>
        <MonthGrid month={month} events={inMonth} label={`Événements de ${monthYear(month)}`} />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">Passés</h2>
        <EventList events={past} empty="Aucun événement passé." withDocuments />
      </section>
    </>
  )
}
