import { forbidden } from 'next/navigation'

import { isAdmin, isStaff } from '@/access/roles'
import { sendResetLinkAction, updateAccountAction } from '@/accounts/actions'
import { canDecide } from '@/accounts/requests'
import { loadCommuneAccounts } from '@/accounts/view'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { CommunePicker } from '@/components/CommunePicker'
import { ResultForm } from '@/components/ResultForm'
import { longDate } from '@/format/dates'

export const metadata = { title: 'Comptes de la commune' }

type Props = { searchParams: Promise<{ commune?: string }> }

export default async function AccountsPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  if (!canDecide(user)) forbidden()
  const staff = isStaff(user)
  const own = typeof user.commune === 'object' ? user.commune?.id : user.commune
  const requested = Number((await searchParams).commune)
  const communeId = staff && Number.isInteger(requested) && requested > 0 ? requested : own
  const communes = await loadCommuneNames(payload, user)
  const commune = communes.find((c) => c.id === communeId)
  const accounts = communeId ? await loadCommuneAccounts(payload, user, communeId) : []

  return (
    <>
      <h1>Comptes {commune ? `de ${commune.name}` : 'de la commune'}</h1>
      <p className="lead">
        Désactivez le compte des personnes qui ont quitté la commune : il est conservé mais ne permet plus de se connecter. Un compte
        inutilisé depuis 12 mois est désactivé automatiquement après deux avertissements.
      </p>
      <p>
        Une personne a oublié son mot de passe ? « Envoyer un lien » lui envoie par e-mail un lien, valable une heure, pour en choisir un
        nouveau : personne d’autre ne choisit ni ne connaît son mot de passe. Le compte d’un administrateur n’est géré que par un
        administrateur.
      </p>
      <p className="no-print">
        <a href="/ma-commune/demandes">Demandes de compte</a>
      </p>
      {staff && <CommunePicker communes={communes} selected={communeId} />}
      <div className="table-scroll" role="region" aria-label="Comptes de la commune" tabIndex={0}>
        <table className="accounts table-cards">
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Fonction</th>
              <th scope="col">Dernière connexion</th>
              <th scope="col">État</th>
              <th scope="col" className="no-print">
                Actions
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} data-account={account.email}>
                <th scope="row">
                  {account.name}
                  <br />
                  <span className="meta">{account.email}</span>
                </th>
                <td data-label="Fonction">
                  {account.function}
                  {account.communeValidator ? ' · valide les comptes' : ''}
                </td>
                <td data-label="Dernière connexion">{account.lastLoginAt ? longDate(account.lastLoginAt) : 'jamais'}</td>
                <td data-label="État">
                  {account.disabled ? `Désactivé${account.disabledAt ? ` le ${longDate(account.disabledAt)}` : ''}` : 'Actif'}
                </td>
                <td className="no-print">
                  {account.id !== user.id && (!isAdmin(account) || isAdmin(user)) && (
                    <ResultForm action={updateAccountAction} className="buttons" label={`Actions pour ${account.name}`}>
                      <input type="hidden" name="user" value={account.id} />
                      <button type="submit" name="change" value={account.disabled ? 'enable' : 'disable'} className="secondary">
                        {account.disabled ? 'Réactiver' : 'Désactiver'}
                      </button>
                      {!account.disabled && (
                        <button
                          type="submit"
                          name="change"
                          value={account.communeValidator ? 'undelegate' : 'delegate'}
                          className="secondary"
                        >
                          {account.communeValidator ? 'Retirer la validation' : 'Déléguer la validation'}
                        </button>
                      )}
                    </ResultForm>
                  )}
                  {account.id !== user.id && !account.disabled && (!isAdmin(account) || isAdmin(user)) && (
                    <ResultForm action={sendResetLinkAction} className="buttons" label={`Lien de réinitialisation pour ${account.name}`}>
                      <input type="hidden" name="user" value={account.id} />
                      <button type="submit" name="intent" value="reset-link" className="secondary">
                        Envoyer un lien
                      </button>
                    </ResultForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
