import type { Payload } from 'payload'

import { activateSecondFactorAction, deactivateSecondFactorAction } from '@/auth/totp/actions'
import { enrolmentView } from '@/auth/totp/enrolment'
import { CurrentPasswordField } from '@/components/account/CurrentPasswordField'
import { ResultForm } from '@/components/ResultForm'
import type { User } from '@/payload-types'

const grouped = (secret: string) => secret.match(/.{1,4}/g)!.join(' ')

const CodeField = () => (
  <label>
    Code à 6 chiffres
    <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} required />
  </label>
)

/** Enrolment and removal of the second factor (TOTP), for administrators and coordinators. */
export async function SecondFactorSection({ payload, user }: { payload: Payload; user: User }) {
  const view = await enrolmentView(payload, user)
  return (
    <section aria-labelledby="totp-title">
      <h2 id="totp-title">Double authentification</h2>
      <p className="lead">
        La double authentification protège votre compte même si votre mot de passe a fuité : à chaque connexion, un code à 6 chiffres
        affiché par une application de votre téléphone vous est aussi demandé.
      </p>
      {view.enabled ? (
        <>
          <p className="message message--notice" data-testid="totp-status">
            La double authentification est <strong>active</strong>.
          </p>
          <h3>Désactiver</h3>
          <p>Pour la désactiver, saisissez votre mot de passe et le code affiché actuellement par votre application.</p>
          <ResultForm action={deactivateSecondFactorAction} className="stacked-form" label="Désactiver la double authentification">
            <CurrentPasswordField />
            <CodeField />
            <button type="submit">Désactiver la double authentification</button>
          </ResultForm>
          <p className="meta">Téléphone perdu ? Un administrateur peut la réinitialiser (Administration › Utilisateurs).</p>
        </>
      ) : (
        <>
          <p className="message message--notice" data-testid="totp-status">
            La double authentification n’est <strong>pas active</strong>.
          </p>
          <h3>Activer</h3>
          <ol>
            <li>Installez une application d’authentification (Microsoft Authenticator, Google Authenticator, FreeOTP, 1Password…).</li>
            <li>
              Scannez ce code QR avec l’application :
              <div className="totp-qr" role="img" aria-label="Code QR à scanner" dangerouslySetInnerHTML={{ __html: view.qrSvg }} />
              ou saisissez la clé à la main (compte « Relais », type « basé sur le temps ») :{' '}
              <code data-testid="totp-secret">{grouped(view.secret)}</code>
            </li>
            <li>Saisissez votre mot de passe et le code à 6 chiffres que l’application affiche, pour confirmer.</li>
          </ol>
          <ResultForm action={activateSecondFactorAction} className="stacked-form" label="Activer la double authentification">
            <CurrentPasswordField />
            <CodeField />
            <button type="submit">Activer la double authentification</button>
          </ResultForm>
        </>
      )}
    </section>
  )
}
