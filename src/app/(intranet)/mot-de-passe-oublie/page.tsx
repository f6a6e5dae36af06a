import { forgotPasswordAction } from '@/auth/actions'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'

export const metadata = { title: 'Mot de passe oublié' }

export default function ForgotPasswordPage() {
  return (
    <AuthPage title="Mot de passe oublié">
      <p>Indiquez l’adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
      <ResultForm action={forgotPasswordAction} className="auth-form">
        <label>
          Adresse e-mail
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <button type="submit">Recevoir le lien</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/connexion">Retour à la connexion</a>
      </p>
    </AuthPage>
  )
}
