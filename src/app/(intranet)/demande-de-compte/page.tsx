import { getPayload } from 'payload'

import { requestAccountAction } from '@/accounts/actions'
import { formStamp } from '@/accounts/tokens'
import { loadRequestFormCommunes } from '@/accounts/view'
import { requestableRoles } from '@/accounts/vocabulary'
import { RequestAccountFields } from '@/components/account/RequestAccountFields'
import { AuthPage } from '@/components/AuthPage'
import { ResultForm } from '@/components/ResultForm'
import config from '@payload-config'

export const metadata = { title: 'Demander un compte' }

export default async function RequestAccountPage() {
  const payload = await getPayload({ config })
  const communes = await loadRequestFormCommunes(payload)
  return (
    <AuthPage title="Demander un compte">
      <p>
        Un compte Relais est personnel. Votre demande est transmise au secrétariat de votre commune, qui la valide en tant que tiers de
        confiance.
      </p>
      <ResultForm action={requestAccountAction} className="auth-form" replaceOnSuccess label="Demande de compte">
        <input type="hidden" name="stamp" value={formStamp(payload.secret)} />
        <div className="trap" aria-hidden="true">
          <label>
            Ne pas remplir
            <input type="text" name="website" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <RequestAccountFields communes={communes} roles={requestableRoles} />
        <button type="submit">Envoyer la demande</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/connexion">J’ai déjà un compte</a>
      </p>
    </AuthPage>
  )
}
