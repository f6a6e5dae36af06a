import Link from 'next/link'

import { ProgressBar } from '@/components/ProgressBar'
import { dateAtHour, longDate, longDateTime } from '@/format/dates'
import type { Agenda, Changes, GuideProgress } from '@/home/view'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { proposalChange } from '@/measures/proposalChange'
import { proposalStatuses } from '@/measures/vocabulary'
import { committeeLabel } from '@/meetings/vocabulary'
import type { Measure } from '@/payload-types'

/** The commune's checklists, one line per guide: its progress and the next action, unfinished ones first. */
export async function ChecklistProgress({ guides, communeName }: { guides: GuideProgress[]; communeName: string }) {
  const t = await getTranslations('home.checklists')
  const open = guides.filter((guide) => guide.next)
  const finished = guides.length - open.length
  return (
    <section className="home-section" aria-labelledby="home-checklists" data-testid="home-checklists">
      <h2 id="home-checklists">{t('title', { commune: communeName })}</h2>
      {guides.length === 0 ? (
        <p>{t('none')}</p>
      ) : open.length === 0 ? (
        <p>{t('allDone')}</p>
      ) : (
        <p className="muted">
          {t('intro')}
          {finished > 0 && ` ${t('finished', { count: finished })}`}
        </p>
      )}
      {open.length > 0 && (
        <ul className="home-tasks">
          {open.map((guide) => (
            <li key={guide.slug} className="home-task home-task--progress">
              <Link href={`/guides/${guide.slug}#checklist`}>{guide.title}</Link>
              <ProgressBar value={guide.percent} />
              <span className="home-task__next">
                {t('next')} <span>{guide.next!.label}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The person's registrations to coming events, and the next events of the region. */
export async function AgendaSection({ agenda }: { agenda: Agenda }) {
  const [t, locale] = await Promise.all([getTranslations('home.agenda'), requestLocale()])
  const registered = new Set(agenda.registrations.map((r) => r.event.id))
  const others = agenda.nextEvents.filter((event) => !registered.has(event.id))
  return (
    <section className="home-section" aria-labelledby="home-agenda" data-testid="home-agenda">
      <h2 id="home-agenda">{t('title')}</h2>
      <h3>{t('registrations')}</h3>
      {agenda.registrations.length === 0 ? (
        <p>{t('noRegistration')}</p>
      ) : (
        <ul className="home-tasks">
          {agenda.registrations.map((registration) => (
            <li key={registration.id} className="home-task">
              <Link href={`/agenda/${registration.event.id}`}>{registration.event.title}</Link>{' '}
              {registration.event.cancelled ? (
                <span className="badge badge--rejected">{t('cancelled')}</span>
              ) : registration.status === 'waitlisted' ? (
                <span className="badge badge--pending">{t('waitlisted')}</span>
              ) : (
                <span className="badge badge--approved">{t('registered')}</span>
              )}
              <span className="muted"> · {longDateTime(registration.event.startsAt, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('next')}</h3>
      {others.length === 0 ? (
        <p>
          {agenda.nextEvents.length === 0 ? t('noOther') : t('allRegistered')}{' '}
          {t.rich('subscribe', { link: (chunks) => <Link href="/agenda/abonnement">{chunks}</Link> })}
        </p>
      ) : (
        <ul className="home-tasks">
          {others.map((event) => (
            <li key={event.id} className="home-task">
              <Link href={`/agenda/${event.id}`}>{event.title}</Link>
              <span className="muted"> · {longDateTime(event.startsAt, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/agenda">{t('all')}</Link>
      </p>
    </section>
  )
}

/** New since the person's previous login: guides, priority decisions, approved minutes. */
export async function ChangesSection({ changes }: { changes: Changes }) {
  const [t, locale] = await Promise.all([getTranslations('home.changes'), requestLocale()])
  const { guides, decisions, minutes } = changes
  const nothing = guides.length + decisions.length + minutes.length === 0
  const since = changes.firstVisit ? t('firstVisit') : t('since', { date: dateAtHour(changes.since, locale) })
  return (
    <section className="home-section" aria-labelledby="home-changes" data-testid="home-changes">
      <h2 id="home-changes">{t('title')}</h2>
      <p className="muted">{t(nothing ? 'nothing' : 'some', { since })}</p>
      {nothing && <p>{t.rich('empty', { link: (chunks) => <Link href="/recherche">{chunks}</Link> })}</p>}
      {guides.length > 0 && (
        <>
          <h3>{t('guides')}</h3>
          <ul className="home-tasks">
            {guides.map((guide) => (
              <li key={guide.id} className="home-task">
                <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {decisions.length > 0 && (
        <>
          <h3>{t('decisions')}</h3>
          <ul className="home-tasks">
            {decisions.map((decision) => {
              const measure = typeof decision.measure === 'object' ? (decision.measure as Measure) : null
              return (
                <li key={decision.id} className="home-task">
                  <Link href={measure ? `/mesures/${measure.number}` : '/mesures/propositions'}>
                    {measure ? (
                      <>
                        {t('measure', { number: measure.number })} <span>{measure.title}</span>
                      </>
                    ) : (
                      t('proposal')
                    )}
                  </Link>{' '}
                  <span className={decision.status === 'approved' ? 'badge badge--approved' : 'badge badge--rejected'}>
                    {proposalStatuses[decision.status]}
                  </span>
                  <span className="muted">
                    {' '}
                    · {proposalChange(decision)}
                    {decision.decidedAt ? t('decidedOn', { date: longDate(decision.decidedAt, locale) }) : ''}
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
      {minutes.length > 0 && (
        <>
          <h3>{t('minutes')}</h3>
          <ul className="home-tasks">
            {minutes.map((meeting) => (
              <li key={meeting.id} className="home-task">
                <Link href={`/seances/${meeting.id}`}>
                  {committeeLabel(meeting.committeeSlug)} — {meeting.title}, {longDate(meeting.startsAt, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
