import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { EventList } from '@/components/events/EventList'
import { MonthGrid } from '@/components/events/MonthGrid'
import { dayOf, monthBounds, monthOf, openingMonth, shiftMonth } from '@/events/month'
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
  const requested = firstParam(params.mois)
  const [upcoming, past] = await Promise.all([
    findEvents(payload, user, { from: now, type }),
    findEvents(payload, user, { to: now, type, sort: '-startsAt', limit: 20 }),
  ])
  // Without ?mois=, the month view opens on the next event's month (a cancelled one only when nothing else lies ahead).
  const current = monthOf(now)
  const month = openingMonth({ requested, now, next: upcoming.find((event) => !event.cancelled) ?? upcoming[0] })
  const bounds = monthBounds(month)!
  const inMonth = await findEvents(payload, user, { from: bounds.from, to: bounds.to, type })
  const query = (extra: Record<string, string>) => `/agenda?${new URLSearchParams({ ...(type ? { type } : {}), ...extra })}`
  const previous = shiftMonth(month, -1)
  const following = shiftMonth(month, 1)

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
        <Link href="/agenda/abonnement">S’abonner dans mon agenda</Link>
      </form>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">À venir</h2>
        <EventList events={upcoming} empty="Aucun événement à venir pour l’instant." />
      </section>
      <section aria-labelledby="month" className="agenda-month">
        <h2 id="month">{monthYear(month)}</h2>
        {!requested && month !== current && (
          <p className="muted" data-testid="month-note">
            Aucun événement à venir en {monthYear(current)} : le calendrier s’ouvre sur le mois du prochain événement.
          </p>
        )}
        <nav aria-label="Changer de mois" className="month-nav">
          <Link href={query({ mois: previous })} data-testid="previous-month">
            <span aria-hidden="true">{'‹\u00a0'}</span>
            <span className="visually-hidden">Mois précédent : </span>
            {monthYear(previous)}
          </Link>
          {month !== current && (
            <Link href={query({ mois: current })} data-testid="current-month">
              Revenir à {monthYear(current)}
            </Link>
          )}
          <Link href={query({ mois: following })} data-testid="next-month">
            <span className="visually-hidden">Mois suivant : </span>
            {monthYear(following)}
            <span aria-hidden="true">{'\u00a0›'}</span>
          </Link>
        </nav>
        <MonthGrid month={month} events={inMonth} label={`Événements de ${monthYear(month)}`} today={dayOf(now)} />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">Passés</h2>
        <EventList events={past} empty="Aucun événement passé." withDocuments />
      </section>
    </>
  )
}
