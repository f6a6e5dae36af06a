import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { loginAction, loginCodeAction } from '@/auth/actions'
import { getSession } from '@/auth/currentUser'
import { PROOF_COOKIE, readProof } from '@/auth/loginProof'
import { safeRedirect } from '@/auth/safeRedirect'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import { headerSafePath } from '@/http/headerSafePath'
import config from '@payload-config'

export const metadata = { title: 'Connexion' }

type Props = {
  searchParams: Promise<{ next?: string; deconnecte?: string; reinitialise?: string; etape?: string; delai?: string; change?: string }>
}

/**
 * Two steps for accounts with the second factor: e-mail and password, then (only for them) the 6-digit code, on the
 * proof of the first step kept in a cookie for five minutes (src/auth/loginProof.ts). Other accounts log in at
 * the first step. `next` (the page asked for) goes through both.
 */
export default async function LoginPage({ searchParams }: Props) {
  const { user } = await getSession()
  const params = await searchParams
  // Already logged in (another tab, a link opened twice): straight to the page asked for.
  if (user) redirect(headerSafePath(safeRedirect(params.next)))
  const next = safeRedirect(params.next)
  if (params.etape === 'code') {
    const payload = await getPayload({ config })
    const proof = readProof(payload.secret, (await cookies()).get(PROOF_COOKIE)?.value)
    if (proof) return <CodeStep email={proof.email} next={next} />
  }
  return (
    <AuthPage title="Connexion">
      {params.deconnecte && <p className="message message--notice">Vous êtes déconnecté·e.</p>}
      {params.reinitialise && <p className="message message--notice">Votre mot de passe a été changé. Connectez-vous avec le nouveau.</p>}
      {(params.delai || params.etape === 'code') && (
        <p className="message message--warning">
          Le code n’a pas été saisi dans les 5 minutes, ou cette étape a déjà servi : saisissez à nouveau votre adresse e-mail et votre mot
          de passe.
        </p>
      )}
      {params.change && <p className="message message--warning">Votre compte a changé entre-temps : connectez-vous à nouveau.</p>}
      <ResultForm action={loginAction} className="auth-form" label="Connexion">
        <input type="hidden" name="next" value={next} />
        <label>
          Adresse e-mail
          <input type="email" name="email" autoComplete="username" required />
        </label>
        <label>
          Mot de passe
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        <button type="submit">Se connecter</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a> · <a href="/demande-de-compte">Demander un compte</a>
      </p>
    </AuthPage>
  )
}

/** The second step: the code of the authenticator app, for the account whose password was just checked. */
function CodeStep({ email, next }: { email: string; next: string }) {
  const restart = `/connexion${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`
  return (
    <AuthPage title="Code de vérification">
      <p className="login-step">Étape 2 sur 2</p>
      <p>
        Mot de passe correct pour <strong>{email}</strong>. Ouvrez votre application d’authentification et saisissez le code à 6 chiffres
        affiché pour Relais.
      </p>
      <ResultForm action={loginCodeAction} className="auth-form" label="Code de vérification">
        <input type="hidden" name="next" value={next} />
        <label>
          Code de vérification
          <input
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            required
            autoFocus
            className="login-code"
          />
        </label>
        <button type="submit">Valider le code</button>
      </ResultForm>
      <p className="auth-links">
        Le code change toutes les 30 secondes. <a href={restart}>Recommencer avec une autre adresse</a>
      </p>
    </AuthPage>
  )
}
