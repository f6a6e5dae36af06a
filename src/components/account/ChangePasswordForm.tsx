import { changeOwnPasswordAction } from '@/auth/passwordActions'
import { MIN_PASSWORD_LENGTH } from '@/auth/passwordPolicy'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'

import { CurrentPasswordField } from './CurrentPasswordField'

/** "Changer mon mot de passe": current, new, confirmation; the policy's rules said before, not after a refusal. */
export function ChangePasswordForm() {
  return (
    <section aria-labelledby="mot-de-passe">
      <h2 id="mot-de-passe">Changer mon mot de passe</h2>
      <p>
        Au moins {MIN_PASSWORD_LENGTH} caractères ; une phrase de plusieurs mots est facile à retenir et difficile à deviner. Vos autres
        sessions (autres appareils) seront fermées ; celle-ci reste ouverte.
      </p>
      <ResultForm action={changeOwnPasswordAction} className="stacked-form" label="Changer mon mot de passe" resetOnSuccess>
        <CurrentPasswordField />
        <label>
          Nouveau mot de passe
          <input type="password" name="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </label>
        <label>
          Confirmer le nouveau mot de passe
          <input type="password" name="confirm" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </label>
        <Button>Changer mon mot de passe</Button>
      </ResultForm>
    </section>
  )
}
