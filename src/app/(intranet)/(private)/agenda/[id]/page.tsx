import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { PreviewNotice } from '@/components/PreviewNotice'
import { ResultForm } from '@/components/ResultForm'
import { attendanceAction, registrationAction } from '@/events/actions'
import { loadEvent } from '@/events/view'
import { clockTime, longDate, longDateTime } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import type { Measure, Media } from '@/payload-types'
import { isPreview } from '@/preview/preview'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageParams> }

/** The outcome a redirect names (`?fait=`), as a key of `events.event.done`. */
const done: Record<string, string> = { inscription: 'registered', attente: 'waitlisted', desinscription: 'unregistered' }

export async function generateMetadata({ params }: Props) {
  return { title: (await getTranslations('events.event'))('metaTitle', { id: (await params).id }) }
}

export default async function EventPage({ params, searchParams }: Props) {
  const { payload, user } = await requireSession()
  const [t, types, statuses, locale, audienceLabel] = await Promise.all([
    getTranslations('events.event'),
    getTranslations('vocab.events.types'),
    getTranslations('vocab.events.registrationStatuses'),
    requestLocale(),
    getTranslations('vocab.guides'),
  ])
  const id = recordId((await params).id)
  // `?apercu=1`: an editor's preview of the draft (src/preview/preview.ts); anyone else is refused.
  const preview = isPreview(await searchParams, user)
  const view = id ? await loadEvent(payload, user, id, { draft: preview }) : null
  if (!view) notFound()
  const { event, mine, confirmed, waiting, registrations, open } = view
  const doneKey = done[firstParam((await searchParams).fait) ?? '']
  const outcome = doneKey ? t(`done.${doneKey}`) : null
  const registered = mine && mine.status !== 'cancelled'
  const left = event.capacity ? Math.max(event.capacity - confirmed, 0) : null
  const sameDay = longDate(event.startsAt) === longDate(event.endsAt)
  const at = (date: string) => longDateTime(date, locale)

  return (
    <>
      {preview && <PreviewNotice editHref={`/admin/collections/events/${event.id}`} />}
      <p className="breadcrumb">
        <a href="/agenda">{t('breadcrumb')}</a> › <span {...langOf(event)}>{event.title}</span>
      </p>
      <h1 {...langOf(event)}>{event.title}</h1>
      <ContentLanguageNote lang={event.lang} />
      {outcome && (
        <p role="status" className="message message--notice">
          {outcome}
        </p>
      )}
      {event.cancelled && (
        <p role="alert" className="message message--error">
          {t('cancelled')}
        </p>
      )}
      <dl className="measure-facts">
        <dt>{t('type')}</dt>
        <dd>
          {types(event.type)}
          {event.theme ? (
            <>
              {' · '}
              <span lang="fr">{event.theme}</span>
            </>
          ) : (
            ''
          )}
        </dd>
        <dt>{t('when')}</dt>
        <dd>
          {at(event.startsAt)} – {sameDay ? clockTime(event.endsAt, locale) : at(event.endsAt)}
        </dd>
        <dt>{t('where')}</dt>
        <dd>
          {event.place ? <span lang="fr">{event.place}</span> : event.onlineUrl ? t('online') : t('toBeConfirmed')}
          {event.onlineUrl && (
            <>
              {' '}
              ·{' '}
              <a href={event.onlineUrl} rel="noopener noreferrer">
                {t('onlineLink')}
              </a>
            </>
          )}
        </dd>
        {event.audiences && event.audiences.length > 0 && (
          <>
            <dt>{t('audience')}</dt>
            <dd>{event.audiences.map((a) => audienceLabel(`audiences.${a}`)).join(', ')}</dd>
          </>
        )}
        <dt>{t('places')}</dt>
        <dd>
          {left === null ? t('unlimited') : left > 0 ? t('left', { left, capacity: event.capacity! }) : t('full', { waiting })}
          {event.registrationDeadline && ` · ${t('deadline', { date: at(event.registrationDeadline) })}`}
        </dd>
      </dl>

      <div className="buttons no-print">
        {registered ? (
          <ResultForm action={registrationAction} label={t('leave')}>
            <input type="hidden" name="event" value={event.id} />
            <p>
              {t('yourRegistration')} <strong>{statuses(mine.status)}</strong>
            </p>
            <button type="submit" name="intent" value="leave" className="secondary">
              {t('leave')}
            </button>
          </ResultForm>
        ) : open ? (
          <ResultForm action={registrationAction} label={t('join')}>
            <input type="hidden" name="event" value={event.id} />
            <button type="submit" name="intent" value="join">
              {left === 0 ? t('joinWaitingList') : t('join')}
            </button>
          </ResultForm>
        ) : (
          !event.cancelled && <p>{t('closed')}</p>
        )}
        <a href={`/agenda/${event.id}/evenement.ics`}>{t('addToCalendar')}</a>
      </div>

      <p className="lead" {...langOf(event)}>
        {event.summary}
      </p>
      {event.description && (
        <p className="notes" {...langOf(event)}>
          {event.description}
        </p>
      )}
      {event.programme && event.programme.length > 0 && (
        <section aria-labelledby="programme">
          <h2 id="programme">{t('programme')}</h2>
          <table className="agenda" lang="fr">
            <tbody>
              {event.programme.map((step) => (
                <tr key={step.id}>
                  <td>{step.time}</td>
                  <td>{step.title}</td>
                  <td>{step.speaker}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {(event.measures ?? []).length > 0 && (
        <p>
          {t('measures')}{' '}
          {(event.measures as Measure[]).map((m, i) => (
            <span key={m.id}>
              {i > 0 && ', '}
              <a href={`/mesures/${m.number}`} lang="fr">
                {m.number}. {m.title}
              </a>
            </span>
          ))}
        </p>
      )}
      {(event.documents ?? []).length > 0 && (
        <section aria-labelledby="documents">
          <h2 id="documents">{t('documents')}</h2>
          <ul lang="fr">
            {(event.documents as Media[]).map((d) => (
              <li key={d.id}>
                <a href={d.url ?? '#'}>{d.alt || d.filename}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {registrations && (
        <section aria-labelledby="registrations">
          <h2 id="registrations">{t('registrations', { confirmed, waiting })}</h2>
          <p className="no-print">
            <a href={`/agenda/${event.id}/inscriptions.csv`}>{t('exportCsv')}</a>
          </p>
          <ResultForm action={attendanceAction} className="stacked-form" label={t('attendance')}>
            <input type="hidden" name="event" value={event.id} />
            <table className="actions">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('commune')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('present')}</th>
                </tr>
              </thead>
              <tbody>
                {registrations.map((r) => (
                  <tr key={r.id}>
                    <td>{r.userName}</td>
                    <td>{r.communeName ?? '—'}</td>
                    <td>{statuses(r.status)}</td>
                    <td>
                      {r.status === 'confirmed' && (
                        <input
                          type="checkbox"
                          name="attended"
                          value={r.id}
                          defaultChecked={Boolean(r.attended)}
                          aria-label={t('presentLabel', { name: r.userName ?? '' })}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="no-print">
              {t('saveAttendance')}
            </button>
          </ResultForm>
        </section>
      )}
    </>
  )
}
