import { forbidden } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { RegionalProviderCard } from '@/components/providers/RegionalProviderCard'
import { EmptyState, PageHeader } from '@/components/ui'
import { anonymityThreshold, providerAudience } from '@/providers/regional'
import { loadRegionalProviders } from '@/providers/view'

export const metadata = { title: 'Prestataires de la région' }

/**
 * The region's view of providers (issue 23): what makes a joint negotiation or purchase possible. Coordinators
 * see the communes by name; the COPIL sees no commune, and « moins de 3 » under three communes.
 */
export default async function ProvidersPage() {
  const { payload, user } = await requireSession()
  const audience = providerAudience(user)
  if (!audience) forbidden()
  const providers = (await loadRegionalProviders(payload, user)) ?? []
  const shown = providers.filter((p) => !p.masked)
  const masked = providers.filter((p) => p.masked)
  return (
    <>
      <PageHeader
        title="Prestataires de la région"
        lead={
          audience === 'coordination'
            ? 'Pour chaque prestataire : les communes et leurs contrats, les points de la checklist le plus souvent non couverts et les délais de résiliation des 12 prochains mois. De quoi préparer une négociation ou un achat commun.'
            : `Vue anonymisée pour le Comité : aucune commune n’est nommée. Un prestataire présent dans moins de ${anonymityThreshold} communes n’affiche que « moins de ${anonymityThreshold} ».`
        }
      >
        <p className="actions-bar">
          <a href="/prestataires/export?format=csv" download>
            Exporter en CSV
          </a>
          <a href="/prestataires/export?format=xlsx" download>
            Exporter en Excel
          </a>
          {audience === 'coordination' && <a href="/prestataires/fusionner">Fusionner des doublons</a>}
        </p>
      </PageHeader>
      {providers.length === 0 ? (
        <EmptyState title="Aucun contrat enregistré pour l’instant.">
          <p>Les prestataires apparaissent ici dès qu’une commune enregistre un contrat avec eux (page Contrats).</p>
        </EmptyState>
      ) : (
        <div className="provider-cards">
          {shown.map((provider) => (
            <RegionalProviderCard key={provider.id} provider={provider} audience={audience} />
          ))}
          {masked.length > 0 && (
            <section aria-labelledby="moins-de-3" className="card">
              <h2 id="moins-de-3">Présents dans moins de {anonymityThreshold} communes</h2>
              <p className="muted">Pour préserver l’anonymat des communes, leur détail n’est pas affiché.</p>
              <ul data-testid="masked">
                {masked.map((provider) => (
                  <li key={provider.id}>{provider.name}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </>
  )
}
