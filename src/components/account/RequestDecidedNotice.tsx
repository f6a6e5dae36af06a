import type { AccountRequest } from '@/payload-types'

/** What became of the account request just decided (on the home page or the requests page), after the redirect. */
export function RequestDecidedNotice({ decided }: { decided: Pick<AccountRequest, 'name' | 'status'> | null | undefined }) {
  if (decided?.status === 'approved')
    return (
      <p role="status" className="message message--notice">
        Compte de {decided.name} créé ; un lien pour choisir son mot de passe lui a été envoyé (valable 24 heures).
      </p>
    )
  if (decided?.status === 'rejected')
    return (
      <p role="status" className="message message--notice">
        Demande de {decided.name} refusée ; la personne en est informée par e-mail.
      </p>
    )
  return null
}
