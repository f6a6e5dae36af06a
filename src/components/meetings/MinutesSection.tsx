import { DecisionButtons } from '@/components/DecisionButtons'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { proposalChange } from '@/measures/proposalChange'
import { approveMinutesAction, minutesAction, proposalDecisionAction } from '@/meetings/actions/agendaItem'
import { attendanceAction } from '@/meetings/actions/meeting'
import type { MeetingView } from '@/meetings/view'
import type { AgendaItem, Meeting, PriorityChange } from '@/payload-types'

/** The minutes of an item as text: what members read, and what the committee's forms print as. */
function ItemRecord({ item, className }: { item: AgendaItem; className?: string }) {
  return (
    <div className={className}>
      {item.notes && (
        <p className="notes" lang="fr">
          {item.notes}
        </p>
      )}
      <Decision item={item} />
    </div>
  )
}

async function Decision({ item }: { item: AgendaItem }) {
  const t = await getTranslations('meetings.minutes')
  if (item.decision)
    return (
      <p className="decision">
        <strong>{t('decisionLabel')}</strong> <span lang="fr">{item.decision}</span>
      </p>
    )
  if (item.noDecision) return <p className="decision">{t('noDecisionDone')}</p>
  return <p className="muted">{t('decisionPending')}</p>
}

/** Shortcuts on an item: approving the previous minutes, deciding a priority proposal. */
async function ItemShortcuts({ item, view }: { item: AgendaItem; view: MeetingView }) {
  const [t, locale] = await Promise.all([getTranslations('meetings.minutes'), requestLocale()])
  const previous = typeof item.approvesMinutesOf === 'object' ? (item.approvesMinutesOf as Meeting) : null
  const proposal = typeof item.priorityChange === 'object' ? (item.priorityChange as PriorityChange) : null
  return (
    <>
      {previous && previous.status === 'held' && (
        <ResultForm action={approveMinutesAction} label={t('approveLabel', { date: longDate(previous.startsAt, locale) })}>
          <input type="hidden" name="item" value={item.id} />
          <Button>{t('approve', { date: longDate(previous.startsAt, locale) })}</Button>
        </ResultForm>
      )}
      {previous && previous.status !== 'held' && (
        <p className="muted">
          <a href={`/seances/${previous.id}`}>{t('previous', { date: longDate(previous.startsAt, locale) })}</a>
        </p>
      )}
      {proposal?.status === 'pending' && view.can.decideProposals && (
        <ResultForm action={proposalDecisionAction} className="decide" label={t('proposalLabel', { title: item.title })}>
          <input type="hidden" name="item" value={item.id} />
          <p>{t('proposal', { change: proposalChange(proposal), rationale: proposal.rationale })}</p>
          <label>
            {t('comment')}
            <textarea name="comment" rows={2} maxLength={2000} />
          </label>
          <DecisionButtons accept={{ label: t('accept'), value: 'approved' }} reject={{ label: t('reject'), value: 'rejected' }} />
        </ResultForm>
      )}
    </>
  )
}

/**
 * The minutes: attendance, then each item's notes and decision. The committee writes them while the meeting is
 * convened or held; members read them once approved (access rules strip them before, so there is nothing to hide here).
 */
export async function MinutesSection({ view, visible }: { view: MeetingView; visible: boolean }) {
  const t = await getTranslations('meetings.minutes')
  const { meeting, items, can } = view
  return (
    <section aria-labelledby="minutes" className="minutes">
      <h2 id="minutes">{meeting.status === 'approved' ? t('titleApproved') : t('titleDraft')}</h2>
      {can.settleItems && !can.writeMinutes && <p className="muted">{t('duringMeeting')}</p>}
      {!visible ? (
        <p>{t('notYetVisible')}</p>
      ) : (
        <>
          {can.writeMinutes ? (
            <ResultForm action={attendanceAction} className="stacked-form no-print-controls" label={t('attendance')}>
              <input type="hidden" name="meeting" value={meeting.id} />
              <label>
                {t('attendanceField')}
                <textarea name="attendance" rows={2} maxLength={2000} defaultValue={meeting.attendance ?? ''} />
              </label>
              <Button variant="secondary" className="no-print">
                {t('saveAttendance')}
              </Button>
            </ResultForm>
          ) : null}
          {can.writeMinutes
            ? meeting.attendance && (
                <p className="print-only" lang="fr">
                  {meeting.attendance}
                </p>
              )
            : meeting.attendance && <p lang="fr">{meeting.attendance}</p>}
          {items.map((item, index) => (
            <article key={item.id} className="minutes-item" aria-labelledby={`minutes-${item.id}`}>
              <h3 id={`minutes-${item.id}`}>
                {index + 1}. <span lang="fr">{item.title}</span>{' '}
                {item.confidential && <span className="badge badge--confidential">{t('confidential')}</span>}
              </h3>
              {can.settleItems && <ItemShortcuts item={item} view={view} />}
              {can.writeMinutes ? (
                <>
                  <ResultForm action={minutesAction} className="stacked-form" label={t('itemMinutes', { number: index + 1 })}>
                    <input type="hidden" name="item" value={item.id} />
                    <label>
                      {t('discussion')}
                      <textarea name="notes" rows={3} maxLength={10000} defaultValue={item.notes ?? ''} />
                    </label>
                    <label>
                      {t('decision')}
                      <textarea name="decision" rows={2} maxLength={4000} defaultValue={item.decision ?? ''} />
                    </label>
                    <label className="inline">
                      <input type="checkbox" name="noDecision" defaultChecked={Boolean(item.noDecision)} /> {t('noDecision')}
                    </label>
                    <Button className="no-print">{t('saveItem', { number: index + 1 })}</Button>
                  </ResultForm>
                  <ItemRecord item={item} className="print-only" />
                </>
              ) : (
                <ItemRecord item={item} />
              )}
            </article>
          ))}
        </>
      )}
    </section>
  )
}
