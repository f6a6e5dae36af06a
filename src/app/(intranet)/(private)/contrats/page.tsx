import { isCommuneSteward, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { communeChoices } from '@/components/CommunePicker'
import { ContractFields } from '@/components/contracts/ContractFields'
import { NoticeBadge } from '@/components/contracts/NoticeBadge'
import { Score } from '@/components/contracts/Score'
import { ResultForm } from '@/components/ResultForm'
import { createContractAction } from '@/contracts/actions'
import { contractView, loadContracts, loadCriteria } from '@/contracts/view'
import { idOf } from '@/fields/idOf'
import { providerName } from '@/providers/names'
import { loadProviderNames } from '@/providers/view'

export const metadata = { title: 'Contrats informatiques' }

const done: Record<string, string> = { supprime: 'Contrat supprimé.' }

/**
 * Measure 11: the key points to check in a contract with an IT provider, and the commune's own contracts with
 * their score, gaps and notice deadline. Members read their commune's; the secretary and référent keep them.
 */
export default async function ContractsPage({ searchParams }: { searchParams: Promise<{ fait?: string }> }) {
  const { payload, user } = await requireSession()
  const { fait } = await searchParams
  const staff = isStaff(user)
  const canRecord = staff || isCommuneSteward(user)
  const [criteria, contracts, communes, providers] = await Promise.all([
    loadCriteria(payload, user),
    loadContracts(payload, user),
    staff ? loadCommuneNames(payload, user) : null,
    canRecord ? loadProviderNames(payload, user) : [],
  ])
  const views = contracts.map((contract) => contractView(contract, criteria))
  const communeName = new Map(communes?.map((c) => [c.id, c.name]))
  return (
    <>
      <h1>Contrats informatiques</h1>
      <p className="lead">
        Les points clés à vérifier dans un contrat avec un prestataire informatique, et les contrats de{' '}
        {staff ? 'chaque commune' : 'votre commune'} passés au crible : score, lacunes à négocier et dernier jour pour résilier.
      </p>
      {fait && done[fait] && (
        <p role="status" className="message message--notice">
          {done[fait]}
        </p>
      )}

      <section aria-labelledby="mes-contrats">
        <h2 id="mes-contrats">{staff ? 'Contrats des communes' : 'Les contrats de ma commune'}</h2>
        {views.length === 0 ? (
          <p className="muted">Aucun contrat enregistré pour l’instant.</p>
        ) : (
          <table className="accounts table-cards">
            <thead>
              <tr>
                {staff && <th scope="col">Commune</th>}
                <th scope="col">Prestation</th>
                <th scope="col">Prestataire</th>
                <th scope="col">Checklist</th>
                <th scope="col">Dernier jour pour résilier</th>
              </tr>
            </thead>
            <tbody>
              {views.map((view) => (
                <tr key={view.contract.id}>
                  {staff && <td data-label="Commune">{communeName.get(idOf(view.contract.commune))}</td>}
                  <td data-label="Prestation">
                    <a href={`/contrats/${view.contract.id}`}>{view.contract.service}</a>
                  </td>
                  <td data-label="Prestataire">{providerName(view.contract.provider)}</td>
                  <td data-label="Checklist">
                    <Score assessment={view.assessment} />
                  </td>
                  <td data-label="Dernier jour pour résilier">
                    <NoticeBadge view={view} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canRecord ? (
          <details className="panel">
            <summary>Enregistrer un contrat</summary>
            <ResultForm action={createContractAction} className="stacked-form" label="Enregistrer un contrat">
              {staff && (
                <label>
                  Commune
                  <ChoiceSelect name="commune" choices={communeChoices(communes ?? [])} any="Choisir…" />
                </label>
              )}
              <ContractFields providers={providers} />
              <button type="submit">Enregistrer le contrat</button>
            </ResultForm>
          </details>
        ) : (
          <p className="muted">
            Le ou la secrétaire municipal·e et le ou la référent·e numérique de votre commune enregistrent ses contrats.
          </p>
        )}
      </section>

      <section aria-labelledby="points-cles">
        <h2 id="points-cles">Les {criteria.length} points clés d’un contrat</h2>
        <p>
          Beaucoup de communes reposent sur des contrats signés il y a plus de dix ou vingt ans ; les services et le cadre juridique ont
          changé depuis. Voici les « points minimaux » à vérifier avec chaque prestataire (mesure 11 de la stratégie).
        </p>
        <ol className="criteria">
          {criteria.map((criterion) => (
            <li key={criterion.id} id={`point-${criterion.key}`}>
              <h3>{criterion.title}</h3>
              <p>
                <strong>À vérifier :</strong> {criterion.question}
              </p>
              <p>
                <strong>Pourquoi c’est important :</strong> {criterion.why}
              </p>
              <p>
                <strong>Si le contrat ne le prévoit pas :</strong> {criterion.advice}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}
