import { decidesPriorities, hasRole } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { DecisionButtons } from '@/components/DecisionButtons'
import { ResultForm } from '@/components/ResultForm'
import { idOf } from '@/fields/idOf'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import type { UiLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { decideAction } from '@/measures/actions'
import { proposalChange } from '@/measures/proposalChange'
import { loadProposals } from '@/measures/view'
import { measureLabels } from '@/measures/vocabulary'
import type { Measure, PriorityChange } from '@/payload-types'

export async function generateMetadata() {
  return { title: (await getTranslations('proposals'))('title') }
}

const Change = ({ proposal, locale }: { proposal: PriorityChange; locale: UiLocale }) => <>{proposalChange(proposal, locale)}</>

const measureOf = (proposal: PriorityChange) => proposal.measure as Measure

export default async function ProposalsPage({ searchParams }: { searchParams: Promise<{ decidee?: string }> }) {
  const { payload, user } = await requireSession()
  const locale = await requestLocale()
  const t = await getTranslations('proposals')
  const { proposalStatuses } = measureLabels(locale)
  const decidedId = Number((await searchParams).decidee)
  const canDecide = decidesPriorities(user)
  const onBehalf = canDecide && !hasRole(user, 'copil')
  const { pending, decided } = await loadProposals(payload, user)

  const justDecided = decided.find((p) => p.id === decidedId && idOf(p.decidedBy) === user.id)

  return (
    <>
      <h1>{t('title')}</h1>
      {justDecided && (
        <p role="status" className="message message--notice">
          {justDecided.status === 'approved'
            ? t('approved', { number: measureOf(justDecided).number })
            : t('rejected', { number: measureOf(justDecided).number })}
        </p>
      )}
      <p className="lead">{t('lead')}</p>
      <h2>{t('pending', { count: pending.length })}</h2>
      {pending.length === 0 && <p>{t('noPending')}</p>}
      {pending.map((proposal) => (
        <article key={proposal.id} className="request" aria-labelledby={`proposal-${proposal.id}`}>
          <h3 id={`proposal-${proposal.id}`}>
            <a href={`/mesures/${measureOf(proposal).number}`}>
              {t('measure', { number: measureOf(proposal).number })} : <span>{measureOf(proposal).title}</span>
            </a>
          </h3>
          <p>
            <strong>
              <Change proposal={proposal} locale={locale} />
            </strong>{' '}
            · {t('proposedBy', { name: proposal.proposedByName ?? '', date: longDate(proposal.createdAt, locale) })}
          </p>
          <p>{t('quoted', { text: proposal.rationale })}</p>
          {canDecide && (
            <ResultForm action={decideAction} className="decide" label={t('decisionForm', { number: measureOf(proposal).number })}>
              <input type="hidden" name="proposal" value={proposal.id} />
              {onBehalf && (
                <label>
                  {t('meeting')}
                  <input name="meeting" maxLength={200} placeholder={t('meetingPlaceholder')} />
                </label>
              )}
              <label>
                {t('comment')}
                <textarea name="comment" rows={2} maxLength={2000} />
              </label>
              <DecisionButtons accept={{ label: t('approve'), value: 'approved' }} reject={{ label: t('reject'), value: 'rejected' }} />
            </ResultForm>
          )}
        </article>
      ))}

      <h2>{t('latest')}</h2>
      {decided.length === 0 ? (
        <p>{t('noDecision')}</p>
      ) : (
        <ul className="requests">
          {decided.map((proposal) => (
            <li key={proposal.id} className="request">
              <a href={`/mesures/${measureOf(proposal).number}`}>{t('measure', { number: measureOf(proposal).number })}</a> ·{' '}
              <Change proposal={proposal} locale={locale} /> ·{' '}
              <span className={`badge badge--${proposal.status === 'approved' ? 'approved' : 'rejected'}`}>
                {proposalStatuses[proposal.status]}
              </span>{' '}
              {t('decidedBy', { name: proposal.decidedByName ?? '', date: proposal.decidedAt ? longDate(proposal.decidedAt, locale) : '' })}
              {proposal.meeting && <> ({proposal.meeting})</>}
              {proposal.decisionComment && <p>{t('quoted', { text: proposal.decisionComment })}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
