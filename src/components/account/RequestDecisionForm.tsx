import { useTranslations } from 'next-intl'

import { decideRequestAction } from '@/accounts/actions'
import { DecisionButtons } from '@/components/DecisionButtons'
import { ResultForm } from '@/components/ResultForm'
import type { AccountRequest } from '@/payload-types'

/**
 * Accept or refuse one waiting account request, with the comment sent to the person; staff may grant the role asked
 * for. The same form on /ma-commune/demandes and on the home page (`from="accueil"`: the outcome shows there).
 */
export function RequestDecisionForm({ request, staff, from }: { request: AccountRequest; staff: boolean; from?: 'accueil' }) {
  const t = useTranslations('accounts.decision')
  const roleName = useTranslations('roles')
  return (
    <ResultForm action={decideRequestAction} className="decide no-print" label={t('label', { name: request.name })}>
      <input type="hidden" name="request" value={request.id} />
      {from && <input type="hidden" name="from" value={from} />}
      <label>
        {t('comment')}
        <textarea name="comment" rows={2} maxLength={1000} />
      </label>
      {staff && request.requestedRole !== 'member' && (
        <label className="inline">
          <input type="checkbox" name="grantRequestedRole" /> {t('grant', { role: roleName(request.requestedRole) })}
        </label>
      )}
      <DecisionButtons accept={{ label: t('accept'), value: 'approve' }} reject={{ label: t('reject'), value: 'reject' }} />
    </ResultForm>
  )
}
