import { notFound } from 'next/navigation'

import { minutesVisible } from '@/access/committees'
import { sitsOn } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ActionItemList } from '@/components/meetings/ActionItems'
import { AgendaTable } from '@/components/meetings/AgendaTable'
import { MeetingControls } from '@/components/meetings/MeetingControls'
import { MinutesSection } from '@/components/meetings/MinutesSection'
import { StatusBadge } from '@/components/meetings/StatusBadge'
import { PageNotice } from '@/components/PageNotice'
import { PrintButton } from '@/components/PrintButton'
import { ResultForm } from '@/components/ResultForm'
import { clockTime, duration, longDate, longDateTime } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { addActionItemAction } from '@/meetings/actions/actionItem'
import { endOf } from '@/meetings/agenda'
import { currentMemberships } from '@/meetings/committee'
import { loadMeeting, type MeetingView } from '@/meetings/view'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageParams> }

export async function generateMetadata({ params }: Props) {
  return { title: (await getTranslations('meetings.meeting'))('metaTitle', { id: (await params).id }) }
}

/** What the last action did (its form left with the status it changed), told once the page is reloaded. */
async function doneMessage(done: string | undefined, { meeting, committee }: MeetingView): Promise<string | null> {
  const t = await getTranslations('meetings.meeting.done')
  const members = currentMemberships(committee).length
  const messages: Record<string, [boolean, string]> = {
    convened: [meeting.status === 'convened', t('convened', { count: members })],
    update: [meeting.status === 'convened', t('update')],
    held: [meeting.status === 'held', t('held')],
    cancelled: [meeting.status === 'cancelled', (meeting.calendarSequence ?? 0) > 0 ? t('cancelledNotified') : t('cancelled')],
    minutes: [true, t('minutes')],
    proposal: [true, t('proposal')],
  }
  const [applies, message] = (done && messages[done]) || [false, '']
  return applies ? message : null
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { payload, user } = await requireSession()
  const [t, locale] = await Promise.all([getTranslations('meetings.meeting'), requestLocale()])
  const id = recordId((await params).id)
  const view = id ? await loadMeeting(payload, user, id) : null
  if (!view) notFound()
  const { meeting, committee, can } = view
  const query = await searchParams
  const created = firstParam(query.creee)
  const outcome = await doneMessage(firstParam(query.fait), view)
  const member = sitsOn(user, meeting.committeeSlug)

  return (
    <div className="meeting">
      <p className="breadcrumb">
        <a href="/seances">{t('breadcrumb')}</a> › {committee.shortName}, {longDate(meeting.startsAt, locale)}
      </p>
      <h1 lang="fr">{t('heading', { committee: committee.name, title: meeting.title })}</h1>
      {(outcome || created) && (
        // Keyed by the step: a new step's message is a new notice, shown even if the previous one was dismissed.
        <PageNotice key={outcome ?? 'creee'}>{outcome ?? t('created')}</PageNotice>
      )}
      <dl className="measure-facts">
        <dt>{t('status')}</dt>
        <dd>
          <StatusBadge status={meeting.status} />
          {meeting.status === 'cancelled' && meeting.cancellationReason && (
            <>
              {' — '}
              <span lang="fr">{meeting.cancellationReason}</span>
            </>
          )}
        </dd>
        <dt>{t('date')}</dt>
        <dd>
          {longDateTime(meeting.startsAt, locale)} – {clockTime(endOf(meeting), locale)} ({duration(meeting.durationMinutes, locale)})
        </dd>
        <dt>{t('place')}</dt>
        <dd>
          {meeting.place ? <span lang="fr">{meeting.place}</span> : t('toBeConfirmed')}
          {meeting.onlineUrl && (
            <>
              {' '}
              ·{' '}
              <a href={meeting.onlineUrl} rel="noopener noreferrer">
                {t('joinOnline')}
              </a>
            </>
          )}
        </dd>
        {meeting.approvedAt && (
          <>
            <dt>{t('minutes')}</dt>
            <dd>
              {t('approvedOn', { date: longDate(meeting.approvedAt, locale) })}
              {typeof meeting.approvedIn === 'number' && (
                <>
                  {' '}
                  (<a href={`/seances/${meeting.approvedIn}`}>{t('approvalMeeting')}</a>)
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="no-print buttons">
        <PrintButton label={t('print')} />
        {meeting.status !== 'planned' && (
          <a className="button secondary" href={`/seances/${meeting.id}/calendrier.ics`}>
            {t('addToCalendar')}
          </a>
        )}
      </p>
      <MeetingControls view={view} />
      <AgendaTable view={view} />
      {meeting.status !== 'planned' && meeting.status !== 'cancelled' && (
        <MinutesSection view={view} visible={minutesVisible(user, meeting)} />
      )}
      {(member || view.actions.length > 0) && (
        <section aria-labelledby="actions">
          <h2 id="actions">{t('actions')}</h2>
          <ActionItemList actions={view.actions} canUpdate={(action) => member || action.owner === user.id} />
          {can.writeMinutes && (
            <details className="no-print">
              <summary>{t('addAction')}</summary>
              <ResultForm action={addActionItemAction} className="stacked-form" label={t('addAction')} resetOnSuccess>
                <input type="hidden" name="meeting" value={meeting.id} />
                <label>
                  {t('action')}
                  <input name="title" maxLength={300} required />
                </label>
                <div className="field-row">
                  <label>
                    {t('owner')}
                    <select name="owner" required defaultValue="">
                      <option value="">{t('choose')}</option>
                      {view.members.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('due')}
                    <input type="date" name="dueDate" required />
                  </label>
                  <label>
                    {t('measures')}
                    <input name="measures" maxLength={200} placeholder="3, 12" />
                  </label>
                </div>
                <button type="submit" className="button">
                  {t('addActionButton')}
                </button>
              </ResultForm>
            </details>
          )}
        </section>
      )}
    </div>
  )
}
