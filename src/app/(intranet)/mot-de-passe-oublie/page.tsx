import { forgotPasswordAction } from '@/auth/actions'
import { AuthForm } from '@/components/AuthForm'
import { AuthPage } from '@/components/AuthPage'

export const metadata = { title: 'Mot de passe oublié' }

export default function ForgotPasswordPage() {
  return (
    <AuthPage title="Mot de passe oublié">
      <p>Indiquez l'adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
      <AuthForm action={forgotPasswordAction} submitLabel="Recevoir le lien">
        <label>
          Adresse e-mail
          <input type="email" name="email" autoComplete="username" required />
        </label>
      </AuthForm>
      <p className="auth-links">
        <a href="/connexion">Retour à la connexion</a>
      </p>
    </AuthPage>
  )
}
