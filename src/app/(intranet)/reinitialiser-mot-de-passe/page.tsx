import { resetPasswordAction } from '@/auth/actions'
import { MIN_PASSWORD_LENGTH } from '@/auth/passwordPolicy'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'

export const metadata = { title: 'Nouveau mot de passe' }

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams
  return (
    <AuthPage title="Choisir un nouveau mot de passe">
      <p>Au moins {MIN_PASSWORD_LENGTH} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.</p>
      <ResultForm action={resetPasswordAction} className="auth-form">
        <input type="hidden" name="token" value={token} />
        <label>
          Nouveau mot de passe
          <input type="password" name="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </label>
        <label>
          Confirmer le mot de passe
          <input type="password" name="confirm" autoComplete="new-password" required />
        </label>
        <button type="submit">Enregistrer le mot de passe</button>
      </ResultForm>
    </AuthPage>
  )
}
