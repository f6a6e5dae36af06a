import { getPayload } from 'payload'

import { requestAccountAction } from '@/accounts/actions'
import { formStamp } from '@/accounts/tokens'
import { loadRequestFormCommunes } from '@/accounts/view'
import { requestableRoles } from '@/accounts/vocabulary'
import { AuthPage } from '@/components/AuthPage'
import { ChoiceSelect } from '@/components/ChoiceSelect'
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
        <label>
          Prénom et nom
          <input name="name" autoComplete="name" required maxLength={120} />
        </label>
        <label>
          E-mail professionnel
          <input type="email" name="email" autoComplete="email" required maxLength={200} />
        </label>
        <label>
          Commune
          <select name="commune" required defaultValue="">
            <option value="" disabled>
              Choisissez votre commune
            </option>
            {communes.map((commune) => (
              <option key={commune.id} value={commune.id}>
                {commune.name} ({commune.ofsNumber})
              </option>
            ))}
          </select>
        </label>
        <label>
          Fonction
          <input name="function" required maxLength={120} placeholder="par ex. secrétariat communal" />
        </label>
        <label>
          Rôle demandé
          <ChoiceSelect name="requestedRole" choices={requestableRoles} defaultValue="member" />
        </label>
        <label>
          Commentaire (facultatif)
          <textarea name="comment" maxLength={1000} rows={3} />
        </label>
        <button type="submit">Envoyer la demande</button>
      </ResultForm>
      <p className="auth-links">
        <a href="/connexion">J’ai déjà un compte</a>
      </p>
    </AuthPage>
  )
}
