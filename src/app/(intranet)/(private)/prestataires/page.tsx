import { forbidden } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { RegionalProviderCard } from '@/components/providers/RegionalProviderCard'
import { EmptyState, PageHeader } from '@/components/ui'
import { getTranslations } from '@/i18n/getTranslations'
import { anonymityThreshold, providerAudience } from '@/providers/regional'
import { loadRegionalProviders } from '@/providers/view'

export async function generateMetadata() {
  return { title: (await getTranslations('providers'))('title') }
}

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
  const t = await getTranslations('providers')
  return (
    <>
      <PageHeader
        title={t('title')}
        lead={audience === 'coordination' ? t('leadCoordination') : t('leadCopil', { threshold: anonymityThreshold })}
      >
        <p className="actions-bar">
          <a href="/prestataires/export?format=csv" download>
            {t('exportCsv')}
          </a>
          <a href="/prestataires/export?format=xlsx" download>
            {t('exportXlsx')}
          </a>
          {audience === 'coordination' && <a href="/prestataires/fusionner">{t('mergeLink')}</a>}
        </p>
      </PageHeader>
      {providers.length === 0 ? (
        <EmptyState title={t('empty')}>
          <p>{t('emptyHint')}</p>
        </EmptyState>
      ) : (
        <div className="provider-cards">
          {shown.map((provider) => (
            <RegionalProviderCard key={provider.id} provider={provider} audience={audience} />
          ))}
          {masked.length > 0 && (
            <section aria-labelledby="moins-de-3" className="card">
              <h2 id="moins-de-3">{t('maskedTitle', { threshold: anonymityThreshold })}</h2>
              <p className="muted">{t('maskedHint')}</p>
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
