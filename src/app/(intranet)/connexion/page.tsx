import { redirect } from 'next/navigation'

import { loginAction } from '@/auth/actions'
import { getSession } from '@/auth/currentUser'
import { safeRedirect } from '@/auth/safeRedirect'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { headerSafePath } from '@/http/headerSafePath'

export const metadata = { title: 'Connexion' }

type Props = { searchParams: Promise<{ next?: string; deconnecte?: string; reinitialise?: string }> }

export default async function LoginPage({ searchParams }: Props) {
  const { user } = await getSession()
  const params = await searchParams
  // Already logged in (another tab, a link opened twice): straight to the page asked for.
  if (user) redirect(headerSafePath(safeRedirect(params.next)))
  return (
    <AuthPage title="Connexion">
      {params.deconnecte && <p className="message message--notice">Vous êtes déconnecté·e.</p>}
      {params.reinitialise && <p className="message message--notice">Votre mot de passe a été changé. Connectez-vous avec le nouveau.</p>}
      <ResultForm action={loginAction} className="auth-form">
        <input type="hidden" name="next" value={safeRedirect(params.next)} />
        <label>
          Adresse e-mail
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <label>
          Mot de passe
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <label>
          Code de vérification <span className="meta">(seulement si vous avez activé la double authentification)</span>
          <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} />
        </label>
        <button type="submit">Se connecter</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a> · <a href="/demande-de-compte">Demander un compte</a>
      </p>
    </AuthPage>
  )
}
