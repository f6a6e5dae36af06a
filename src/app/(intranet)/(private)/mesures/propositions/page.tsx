import { decidesPriorities, hasRole } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { DecisionButtons } from '@/components/DecisionButtons'
import { ResultForm } from '@/components/ResultForm'
import { idOf } from '@/fields/idOf'
import { longDate } from '@/format/dates'
import { decideAction } from '@/measures/actions'
import { proposalChange } from '@/measures/proposalChange'
import { loadProposals } from '@/measures/view'
import { proposalStatuses } from '@/measures/vocabulary'
import type { Measure, PriorityChange } from '@/payload-types'

export const metadata = { title: 'Propositions de priorité' }

const Change = ({ proposal }: { proposal: PriorityChange }) => <>{proposalChange(proposal)}</>

const measureOf = (proposal: PriorityChange) => proposal.measure as Measure

export default async function ProposalsPage({ searchParams }: { searchParams: Promise<{ decidee?: string }> }) {
  const { payload, user } = await requireSession()
  const decidedId = Number((await searchParams).decidee)
  const canDecide = decidesPriorities(user)
  const onBehalf = canDecide && !hasRole(user, 'copil')
  const { pending, decided } = await loadProposals(payload, user)

  const justDecided = decided.find((p) => p.id === decidedId && idOf(p.decidedBy) === user.id)

  return (
    <>
      <h1>Propositions de priorité</h1>
      {justDecided && (
        <p role="status" className="message message--notice">
          {justDecided.status === 'approved'
            ? `Proposition validée : la mesure ${measureOf(justDecided).number} est mise à jour.`
            : `Proposition pour la mesure ${measureOf(justDecided).number} refusée.`}
        </p>
      )}
      <p className="lead">
        Le COTEC propose, le Comité (COPIL) décide. Une proposition validée met à jour la priorité et le rang de la mesure ; chaque étape
        figure dans l’historique de la mesure.
      </p>
      <h2>En attente de décision ({pending.length})</h2>
      {pending.length === 0 && <p>Aucune proposition en attente.</p>}
      {pending.map((proposal) => (
        <article key={proposal.id} className="request" aria-labelledby={`proposal-${proposal.id}`}>
          <h3 id={`proposal-${proposal.id}`}>
            <a href={`/mesures/${measureOf(proposal).number}`}>
              Mesure {measureOf(proposal).number} : {measureOf(proposal).title}
            </a>
          </h3>
          <p>
            <strong>
              <Change proposal={proposal} />
            </strong>{' '}
            · proposée par {proposal.proposedByName} le {longDate(proposal.createdAt)}
          </p>
          <p>« {proposal.rationale} »</p>
          {canDecide && (
            <ResultForm
              action={decideAction}
              className="decide"
              label={`Décision sur la proposition pour la mesure ${measureOf(proposal).number}`}
            >
              <input type="hidden" name="proposal" value={proposal.id} />
              {onBehalf && (
                <label>
                  Séance du Comité (obligatoire : vous décidez en son nom)
                  <input name="meeting" maxLength={200} placeholder="Comité du 12 décembre 2026" />
                </label>
              )}
              <label>
                Commentaire (obligatoire pour refuser)
                <textarea name="comment" rows={2} maxLength={2000} />
              </label>
              <DecisionButtons accept={{ label: 'Valider', value: 'approved' }} reject={{ label: 'Refuser', value: 'rejected' }} />
            </ResultForm>
          )}
        </article>
      ))}

      <h2>Dernières décisions</h2>
      {decided.length === 0 ? (
        <p>Aucune décision pour l’instant.</p>
      ) : (
        <ul className="requests">
          {decided.map((proposal) => (
            <li key={proposal.id} className="request">
              <a href={`/mesures/${measureOf(proposal).number}`}>Mesure {measureOf(proposal).number}</a> · <Change proposal={proposal} /> ·{' '}
              <span className={`badge badge--${proposal.status === 'approved' ? 'approved' : 'rejected'}`}>
                {proposalStatuses[proposal.status]}
              </span>{' '}
              par {proposal.decidedByName} le {proposal.decidedAt ? longDate(proposal.decidedAt) : ''}
              {proposal.meeting && <> ({proposal.meeting})</>}
              {proposal.decisionComment && <p>« {proposal.decisionComment} »</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
