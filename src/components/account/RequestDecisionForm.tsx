import { decideRequestAction } from '@/accounts/actions'
import { requestableRoles } from '@/accounts/vocabulary'
import { DecisionButtons } from '@/components/DecisionButtons'
import { ResultForm } from '@/components/ResultForm'
import type { AccountRequest } from '@/payload-types'

/**
 * Accept or refuse one waiting account request, with the comment sent to the person; staff may grant the role asked
 * for. The same form on /ma-commune/demandes and on the home page (`from="accueil"`: the outcome shows there).
 */
export function RequestDecisionForm({ request, staff, from }: { request: AccountRequest; staff: boolean; from?: 'accueil' }) {
  return (
    <ResultForm action={decideRequestAction} className="decide no-print" label={`Décision pour ${request.name}`}>
      <input type="hidden" name="request" value={request.id} />
      {from && <input type="hidden" name="from" value={from} />}
      <label>
        Commentaire (obligatoire en cas de refus, envoyé à la personne)
        <textarea name="comment" rows={2} maxLength={1000} />
      </label>
      {staff && request.requestedRole !== 'member' && (
        <label className="inline">
          <input type="checkbox" name="grantRequestedRole" /> Accorder le rôle demandé ({requestableRoles[request.requestedRole]})
        </label>
      )}
      <DecisionButtons accept={{ label: 'Accepter', value: 'approve' }} reject={{ label: 'Refuser', value: 'reject' }} />
    </ResultForm>
  )
}
