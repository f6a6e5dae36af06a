/**
 * Shown above the admin panel's login form, which has no field for the second factor: accounts that have it
 * are refused there (see collections/Users/hooks/requireSecondFactor.ts) and sign in through /connexion,
 * whose session cookie the admin panel shares.
 */
export function SecondFactorLoginNote() {
  return (
    <p style={{ marginBottom: '1.5rem' }}>
      Double authentification activée ? Connectez-vous par <a href="/connexion?next=/admin">la page de connexion de Relais</a> (mot de passe
      et code à 6 chiffres), puis revenez à l’administration.
    </p>
  )
}
