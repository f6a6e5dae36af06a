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
import { contractAnswers } from '@/contracts/vocabulary'
import { longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'
import { providerName } from '@/providers/names'
import { loadProviderNames } from '@/providers/view'

export const metadata = { title: 'Contrat informatique' }

const done: Record<string, string> = { cree: 'Contrat enregistré. Répondez maintenant à la checklist.' }

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
  return (
    <>
      <p className="breadcrumb">
        <a href="/contrats">Contrats informatiques</a> › {contract.service}
      </p>
      <h1>
        {contract.service} <span className="muted">— {providerName(contract.provider)}</span>
      </h1>
      {fait && done[fait] && (
        <p role="status" className="message message--notice">
          {done[fait]}
        </p>
      )}
      <dl className="measure-facts">
        <dt>Commune</dt>
        <dd>{commune}</dd>
        <dt>Début</dt>
        <dd>{contract.startDate ? longDate(contract.startDate) : '—'}</dd>
        <dt>Échéance</dt>
        <dd>
          {contract.termEndsOn ? longDate(contract.termEndsOn) : '—'}
          {contract.autoRenewal && ' (reconduction tacite)'}
        </dd>
        <dt>Préavis</dt>
        <dd>{contract.noticeMonths ? `${contract.noticeMonths} mois` : 'aucun'}</dd>
        <dt>Dernier jour pour résilier</dt>
        <dd>
          <NoticeBadge view={view} />
        </dd>
        <dt>Checklist</dt>
        <dd>
          <Score assessment={assessment} />
        </dd>
        {contract.recordedByName && (
          <>
            <dt>Saisi par</dt>
            <dd>{contract.recordedByName}</dd>
          </>
        )}
      </dl>
      {contract.notes && <p className="notes">{contract.notes}</p>}

      <section aria-labelledby="lacunes">
        <h2 id="lacunes">Lacunes à traiter avec le prestataire</h2>
        {assessment.score === null ? (
          <p className="muted">Répondez à la checklist pour voir les lacunes du contrat.</p>
        ) : assessment.gaps.length === 0 ? (
          <p>Aucune lacune : le contrat couvre tous les points vérifiés.</p>
        ) : (
          <ul className="gaps">
            {assessment.gaps.map((gap) => (
              <li key={gap.criterion.id}>
                <strong>{gap.criterion.title}</strong> — {contractAnswers[gap.answer].toLowerCase()}
                {gap.note && <span className="muted"> ({gap.note})</span>}
                <p>{gap.criterion.advice}</p>
              </li>
            ))}
          </ul>
        )}
        {assessment.unanswered.length > 0 && assessment.score !== null && (
          <p className="muted">Encore à vérifier : {assessment.unanswered.map((c) => c.title).join(', ')}.</p>
        )}
      </section>

      {canEdit && (
        <>
          <section aria-labelledby="checklist">
            <h2 id="checklist">Checklist</h2>
            <ChecklistForm contract={contract} criteria={criteria} />
          </section>
          <details className="panel no-print">
            <summary>Modifier le contrat</summary>
            <ResultForm action={updateContractAction} className="stacked-form" label="Modifier le contrat">
              <input type="hidden" name="contract" value={contract.id} />
              <ContractFields contract={contract} providers={providers} />
              <button type="submit">Enregistrer</button>
            </ResultForm>
            <ResultForm action={deleteContractAction} label="Supprimer le contrat">
              <input type="hidden" name="contract" value={contract.id} />
              <button type="submit" className="link-button">
                Supprimer ce contrat
              </button>
            </ResultForm>
          </details>
        </>
      )}
    </>
  )
}
