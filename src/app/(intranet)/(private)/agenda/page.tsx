import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { EventList } from '@/components/events/EventList'
import { MonthGrid } from '@/components/events/MonthGrid'
import { dayOf, monthBounds, monthOf, openingMonth, shiftMonth } from '@/events/month'
import { findEvents, isEventType } from '@/events/view'
import { eventTypeKeys } from '@/events/vocabulary'
import { monthYear } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata() {
  return { title: (await getTranslations('events.agenda'))('title') }
}

/** Upcoming events (list and month view) and past ones with their documents, filtered by type. */
export default async function AgendaPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const [t, types, locale] = await Promise.all([getTranslations('events.agenda'), getTranslations('vocab.events.types'), requestLocale()])
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
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form method="get" className="filters" aria-label={t('filter')}>
        <label>
          {t('type')}
          <select name="type" defaultValue={type ?? ''}>
            <option value="">{t('allTypes')}</option>
            {eventTypeKeys.map((value) => (
              <option key={value} value={value}>
                {types(value)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('show')}</button>
        <Link href="/agenda/abonnement">{t('subscribe')}</Link>
      </form>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('upcoming')}</h2>
        <EventList events={upcoming} empty={t('noUpcoming')} />
      </section>
      <section aria-labelledby="month" className="agenda-month">
        <h2 id="month">{monthYear(month, locale)}</h2>
        {!requested && month !== current && (
          <p className="muted" data-testid="month-note">
            {t('monthNote', { month: monthYear(current, locale) })}
          </p>
        )}
        <nav aria-label={t('changeMonth')} className="month-nav">
          <Link href={query({ mois: previous })} data-testid="previous-month">
            <span aria-hidden="true">{'‹\u00a0'}</span>
            <span className="visually-hidden">{t('previousMonth')}</span>
            {monthYear(previous, locale)}
          </Link>
          {month !== current && (
            <Link href={query({ mois: current })} data-testid="current-month">
              {t('backTo', { month: monthYear(current, locale) })}
            </Link>
          )}
          <Link href={query({ mois: following })} data-testid="next-month">
            <span className="visually-hidden">{t('nextMonth')}</span>
            {monthYear(following, locale)}
            <span aria-hidden="true">{'\u00a0›'}</span>
          </Link>
        </nav>
        <MonthGrid month={month} events={inMonth} label={t('eventsOf', { month: monthYear(month, locale) })} today={dayOf(now)} />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t('past')}</h2>
        <EventList events={past} empty={t('noPast')} withDocuments />
      </section>
    </>
  )
}
