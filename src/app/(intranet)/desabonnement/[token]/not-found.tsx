import { AuthPage } from '@/components/AuthPage'

/** A link that this app did not sign (changed, cut, or for a closed account): nothing is changed. */
export default function InvalidUnsubscribeLink() {
  return (
    <AuthPage title="Lien non valable">
      <p>Ce lien de désabonnement n’est pas valable : il a peut-être été coupé ou modifié. Rien n’a été changé.</p>
      <p className="auth-links">
        Gérez vos notifications dans <a href="/compte/notifications">Mon compte › Notifications</a> (connexion nécessaire).
      </p>
    </AuthPage>
  )
}
