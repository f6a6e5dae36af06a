import { forbidden } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { listRequests, parseFilters } from '@/accounts/requestList'
import { canDecide } from '@/accounts/requests'
import { loadRequest } from '@/accounts/view'
import { requestableRoles, requestStatuses } from '@/accounts/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { RequestDecidedNotice } from '@/components/account/RequestDecidedNotice'
import { RequestDecisionForm } from '@/components/account/RequestDecisionForm'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { communeChoices } from '@/components/CommunePicker'
import { longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'

export const metadata = { title: 'Demandes de compte' }

type Props = { searchParams: Promise<Record<string, string | undefined>> }

export default async function RequestsPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  if (!canDecide(user)) forbidden()
  const params = await searchParams
  const filters = parseFilters(params)
  const staff = isStaff(user)
  const [requests, communes] = await Promise.all([listRequests(payload, user, filters), staff ? loadCommuneNames(payload, user) : null])
  const decidedId = recordId(params.traitee)
  const decided = decidedId ? await loadRequest(payload, user, decidedId) : null
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])))

  return (
    <>
      <h1>Demandes de compte</h1>
      <p className="lead">
        {staff ? 'Toutes les communes.' : 'Les demandes de votre commune, une fois l’adresse e-mail confirmée.'} Vérifiez que la personne
        travaille pour la commune avant d’accepter.
      </p>
      <p className="no-print">
        <a href="/ma-commune/comptes">Comptes de la commune</a> ·{' '}
        <a href={`/ma-commune/demandes/export?${query}`} download>
          Exporter en CSV
        </a>{' '}
        · Imprimer : la page s’imprime proprement (Ctrl+P).
      </p>
      <RequestDecidedNotice decided={decided} />
      <form className="filters no-print" method="get" aria-label="Filtrer les demandes">
        <label>
          État{' '}
          <select name="etat" defaultValue={filters.status}>
            <option value="all">Tous</option>
            {Object.entries(requestStatuses)
              .filter(([value]) => value !== 'unconfirmed' || staff)
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </label>
        {communes && (
          <label>
            Commune{' '}
            <ChoiceSelect name="commune" choices={communeChoices(communes)} defaultValue={String(filters.commune ?? '')} any="Toutes" />
          </label>
        )}
        <label>
          Recherche <input name="q" defaultValue={filters.q} placeholder="nom, e-mail, fonction" />
        </label>
        <button type="submit">Filtrer</button>
      </form>

      {requests.length === 0 && <p>Aucune demande ne correspond.</p>}
      <ul className="requests">
        {requests.map((request) => (
          <li key={request.id} className="request" data-request={request.email}>
            <h2>
              {request.name} <span className={`badge badge--${request.status}`}>{requestStatuses[request.status]}</span>
            </h2>
            <p>
              {request.email} · {request.function} · {typeof request.commune === 'object' ? request.commune.name : ''} · rôle demandé :{' '}
              {requestableRoles[request.requestedRole]} · déposée le {longDate(request.createdAt)}
            </p>
            {request.comment && <p className="meta">« {request.comment} »</p>}
            {request.status === 'pending' ? (
              <RequestDecisionForm request={request} staff={staff} />
            ) : (
              request.decidedAt && (
                <p className="meta">
                  Décision le {longDate(request.decidedAt)}
                  {typeof request.decidedBy === 'object' && request.decidedBy ? ` par ${request.decidedBy.name}` : ''}
                  {request.decisionComment ? ` : ${request.decisionComment}` : ''}
                </p>
              )
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
