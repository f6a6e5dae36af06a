import { notFound } from 'next/navigation'

import { isCommuneSteward, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ChecklistForm } from '@/components/contracts/ChecklistForm'
import { ContractFields } from '@/components/contracts/ContractFields'
import { NoticeBadge } from '@/components/contracts/NoticeBadge'
import { Score } from '@/components/contracts/Score'
import { ResultForm } from '@/components/ResultForm'
import { deleteContractAction, updateContractAction } from '@/contracts/actions'
import { contractView, loadContract, loadCriteria } from '@/contracts/view'
import { longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { providerName } from '@/providers/names'
import { loadProviderNames } from '@/providers/view'

export async function generateMetadata() {
  return { title: (await getTranslations('contracts.contract'))('title') }
}

/** The outcomes a redirect names (`?fait=`), as catalogue keys. */
const done: Record<string, string> = { cree: 'created' }

export default async function ContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ fait?: string }>
}) {
  const { payload, user } = await requireSession()
  const id = recordId((await params).id)
  if (!id) notFound()
  const { fait } = await searchParams
  const contract = await loadContract(payload, user, id)
  if (!contract) notFound()
  const canEdit = isStaff(user) || isCommuneSteward(user)
  const [criteria, providers] = await Promise.all([loadCriteria(payload, user), canEdit ? loadProviderNames(payload, user) : []])
  const view = contractView(contract, criteria)
  const { assessment } = view
  const commune = typeof contract.commune === 'object' ? contract.commune.name : ''
  const [t, vocab, locale] = await Promise.all([getTranslations('contracts.contract'), getTranslations('vocab.contracts'), requestLocale()])
  return (
    <>
      <p className="breadcrumb">
        <a href="/contrats">{t('breadcrumb')}</a> › {contract.service}
      </p>
      <h1>
        {contract.service} <span className="muted">— {providerName(contract.provider)}</span>
      </h1>
      {fait && done[fait] && (
        <p role="status" className="message message--notice">
          {t(`done.${done[fait]}`)}
        </p>
      )}
      <dl className="measure-facts">
        <dt>{t('commune')}</dt>
        <dd>{commune}</dd>
        <dt>{t('start')}</dt>
        <dd>{contract.startDate ? longDate(contract.startDate, locale) : '—'}</dd>
        <dt>{t('term')}</dt>
        <dd>
          {contract.termEndsOn ? longDate(contract.termEndsOn, locale) : '—'}
          {contract.autoRenewal && ` ${t('autoRenewal')}`}
        </dd>
        <dt>{t('notice')}</dt>
        <dd>{t('noticeMonths', { count: contract.noticeMonths ?? 0 })}</dd>
        <dt>{t('noticeDeadline')}</dt>
        <dd>
          <NoticeBadge view={view} />
        </dd>
        <dt>{t('checklist')}</dt>
        <dd>
          <Score assessment={assessment} />
        </dd>
        {contract.recordedByName && (
          <>
            <dt>{t('recordedBy')}</dt>
            <dd>{contract.recordedByName}</dd>
          </>
        )}
      </dl>
      {contract.notes && <p className="notes">{contract.notes}</p>}

      <section aria-labelledby="lacunes">
        <h2 id="lacunes">{t('gaps.title')}</h2>
        {assessment.score === null ? (
          <p className="muted">{t('gaps.answerFirst')}</p>
        ) : assessment.gaps.length === 0 ? (
          <p>{t('gaps.none')}</p>
        ) : (
          <ul className="gaps">
            {assessment.gaps.map((gap) => (
              <li key={gap.criterion.id}>
                <strong>{gap.criterion.title}</strong> — {vocab(`answersInText.${gap.answer}`)}
                {gap.note && <span className="muted"> ({gap.note})</span>}
                <p>{gap.criterion.advice}</p>
              </li>
            ))}
          </ul>
        )}
        {assessment.unanswered.length > 0 && assessment.score !== null && (
          <p className="muted">{t('gaps.unanswered', { points: assessment.unanswered.map((c) => c.title).join(', ') })}</p>
        )}
      </section>

      {canEdit && (
        <>
          <section aria-labelledby="checklist">
            <h2 id="checklist">{t('checklist')}</h2>
            <ChecklistForm contract={contract} criteria={criteria} />
          </section>
          <details className="panel no-print">
            <summary>{t('edit')}</summary>
            <ResultForm action={updateContractAction} className="stacked-form" label={t('edit')}>
              <input type="hidden" name="contract" value={contract.id} />
              <ContractFields contract={contract} providers={providers} />
              <button type="submit">{t('save')}</button>
            </ResultForm>
            <ResultForm action={deleteContractAction} label={t('deleteLabel')}>
              <input type="hidden" name="contract" value={contract.id} />
              <button type="submit" className="link-button">
                {t('delete')}
              </button>
            </ResultForm>
          </details>
        </>
      )}
    </>
  )
}
