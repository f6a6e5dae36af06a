import { roles } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { offersSecondFactor } from '@/auth/totp/offered'
import { loadOwnCommune } from '@/communes/view'
import { ChangePasswordForm } from '@/components/account/ChangePasswordForm'

export const metadata = { title: 'Mon compte' }
export const dynamic = 'force-dynamic'

/** The person's own account: who Relais thinks they are, and their password (changed with the current one). */
export default async function AccountPage() {
  const { payload, user } = await requireSession()
  const commune = await loadOwnCommune(payload, user)
  const duties = [
    ...(user.roles ?? []).map((role) => roles[role]),
    ...(user.communeValidator ? ['valide les comptes de la commune'] : []),
    ...(user.communeReferent ? ['référent numérique de la commune'] : []),
  ]
  return (
    <>
      <h1>Mon compte</h1>
      <dl className="measure-facts">
        <dt>Nom</dt>
        <dd>{user.name}</dd>
        <dt>Adresse e-mail</dt>
        <dd>{user.email}</dd>
        {commune && (
          <>
            <dt>Commune</dt>
            <dd>Commune de {commune.name}</dd>
          </>
        )}
        <dt>Rôles</dt>
        <dd>{duties.join(', ')}</dd>
      </dl>
      <p className="meta">Une erreur dans votre nom, votre commune ou vos rôles ? Adressez-vous au secrétariat de votre commune.</p>
      <ChangePasswordForm />
      <p>
        <a href="/compte/notifications">Notifications</a> : ce que vous suivez et votre résumé par e-mail (chaque jour ou chaque semaine).
      </p>
      <p>
        <a href="/compte/securite">Sécurité du compte</a> : les appareils où vous êtes connecté·e
        {offersSecondFactor(user) ? ', la double authentification (code à 6 chiffres)' : ''}.
      </p>
    </>
  )
}
