import Link from 'next/link'

import { requestableRoles } from '@/accounts/vocabulary'
import { RequestDecisionForm } from '@/components/account/RequestDecisionForm'
import { longDate } from '@/format/dates'
import type { HomeView } from '@/home/view'
import { proposalChange } from '@/measures/proposalChange'
import type { Measure } from '@/payload-types'
import { providerName } from '@/providers/names'

/** "aujourd’hui", "demain", "dans 12 jours". */
const inDays = (days: number) => (days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`)

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`

/** Whether anything in the to-do part waits for this person. */
export const hasTasks = (home: HomeView) =>
  Boolean(
    home.requests?.total ||
    home.actions.overdue.length ||
    home.actions.thisWeek.length ||
    home.proposals?.length ||
    home.reviews.length ||
    home.contracts?.length,
  )

/**
 * What needs this person, most pressing first: account requests to decide (decided right here), overdue actions and
 * those due this week, proposals for the Comité, guides to review, contract notice deadlines. Each line is a link
 * to where it is done, with its status in words.
 */
export function TaskList({ home, staff }: { home: HomeView; staff: boolean }) {
  const { requests, actions, proposals, reviews, contracts } = home
  return (
    <>
      {requests && requests.total > 0 && (
        <section className="home-block" aria-labelledby="home-requests" data-testid="home-requests">
          <h3 id="home-requests">{plural(requests.total, 'demande de compte à valider', 'demandes de compte à valider')}</h3>
          <p className="muted">Vérifiez que la personne travaille pour la commune avant d’accepter.</p>
          <ul className="home-tasks">
            {requests.items.map((request) => (
              <li key={request.id} className="home-task" data-request={request.email}>
                <p>
                  <strong>{request.name}</strong> <span className="badge badge--pending">En attente</span>
                  <br />
                  {request.function} · {typeof request.commune === 'object' ? `Commune de ${request.commune.name}` : ''} · rôle demandé :{' '}
                  {requestableRoles[request.requestedRole]} · déposée le {longDate(request.createdAt)}
                  <br />
                  <span className="muted">{request.email}</span>
                </p>
                {request.comment && <p className="muted">« {request.comment} »</p>}
                <RequestDecisionForm request={request} staff={staff} from="accueil" />
              </li>
            ))}
          </ul>
          <p>
            <Link href="/ma-commune/demandes">
              {requests.total > requests.items.length ? `Voir les ${requests.total} demandes` : 'Voir la liste des demandes'}
            </Link>
          </p>
        </section>
      )}

      {(actions.overdue.length > 0 || actions.thisWeek.length > 0) && (
        <section className="home-block" aria-labelledby="home-actions" data-testid="home-actions">
          <h3 id="home-actions">Vos actions des séances</h3>
          <ul className="home-tasks">
            {[...actions.overdue.map((a) => [a, true] as const), ...actions.thisWeek.map((a) => [a, false] as const)].map(
              ([action, overdue]) => (
                <li key={action.id} className="home-task">
                  <Link href={typeof action.meeting === 'number' ? `/seances/${action.meeting}` : '/seances/actions'}>{action.title}</Link>{' '}
                  <span className={overdue ? 'badge badge--rejected' : 'badge badge--pending'}>
                    {overdue ? 'En retard' : 'Cette semaine'}
                  </span>
                  <span className="muted"> · échéance le {longDate(action.dueDate)}</span>
                </li>
              ),
            )}
          </ul>
          <p>
            <Link href="/seances/actions">Toutes vos actions en cours</Link>
          </p>
        </section>
      )}

      {proposals && proposals.length > 0 && (
        <section className="home-block" aria-labelledby="home-proposals" data-testid="home-proposals">
          <h3 id="home-proposals">{plural(proposals.length, 'proposition de priorité à décider', 'propositions de priorité à décider')}</h3>
          <ul className="home-tasks">
            {proposals.map((proposal) => {
              const measure = typeof proposal.measure === 'object' ? (proposal.measure as Measure) : null
              return (
                <li key={proposal.id} className="home-task">
                  <Link href="/mesures/propositions">
                    {measure ? `Mesure ${measure.number} — ${measure.title}` : 'Proposition'} : {proposalChange(proposal)}
                  </Link>
                  <span className="muted">
                    {' '}
                    · proposée {proposal.proposedByName ? `par ${proposal.proposedByName} ` : ''}le {longDate(proposal.createdAt)}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      )}

      {reviews.length > 0 && (
        <section className="home-block" aria-labelledby="home-reviews" data-testid="home-reviews">
          <h3 id="home-reviews">{plural(reviews.length, 'guide à réviser', 'guides à réviser')}</h3>
          <p className="muted">Vous en êtes responsable : relisez-le, puis mettez à jour sa date de dernière révision.</p>
          <ul className="home-tasks">
            {reviews.map((guide) => (
              <li key={guide.id} className="home-task">
                {staff ? (
                  <a href={`/admin/collections/guides/${guide.id}`}>{guide.title}</a>
                ) : (
                  <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
                )}{' '}
                <span className="badge badge--rejected">À réviser</span>
                <span className="muted"> · depuis le {longDate(guide.dueDate)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {contracts && contracts.length > 0 && (
        <section className="home-block" aria-labelledby="home-contracts" data-testid="home-contracts">
          <h3 id="home-contracts">{plural(contracts.length, 'contrat à résilier ou reconduire', 'contrats à résilier ou reconduire')}</h3>
          <p className="muted">Le dernier jour pour donner le préavis approche : décidez si la commune garde ce contrat.</p>
          <ul className="home-tasks">
            {contracts.map(({ contract, daysLeft }) => (
              <li key={contract.id} className="home-task">
                <Link href={`/contrats/${contract.id}`}>
                  {providerName(contract.provider)} — {contract.service}
                </Link>{' '}
                <span className={daysLeft <= 30 ? 'badge badge--rejected' : 'badge badge--pending'}>Préavis {inDays(daysLeft)}</span>
                <span className="muted"> · dernier jour le {longDate(contract.noticeDeadline!)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
