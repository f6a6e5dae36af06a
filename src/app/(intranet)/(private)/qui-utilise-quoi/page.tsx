import { requireSession } from '@/auth/currentUser'
import { ProductUsageDetails } from '@/components/inventory/ProductUsage'
import { PageHeader } from '@/components/ui/PageHeader'
import { getTranslations } from '@/i18n/getTranslations'
import { loadWhoUsesWhat } from '@/inventory/whoUsesWhat'

export async function generateMetadata() {
  return { title: (await getTranslations('inventory.whoUsesWhat'))('title') }
}

/**
 * « Qui utilise quoi » (issue 23, measures 8 and 21): for each municipal process, the products the communes use,
 * from their inventories, anonymised by src/inventory/anonymise.ts: the communes that agreed to be contacted are
 * named, the others only counted, and any count under 3 reads « moins de 3 ».
 */
export default async function WhoUsesWhatPage() {
  const { payload, user } = await requireSession()
  const processes = await loadWhoUsesWhat(payload, user)
  const t = await getTranslations('inventory.whoUsesWhat')
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <nav aria-label={t('processes')} className="no-print">
        <ul className="process-links">
          {processes.map((process) => (
            <li key={process.id}>
              <a href={`#${process.key}`}>{process.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {processes.map((process) => (
        <section key={process.id} id={process.key} aria-labelledby={`titre-${process.key}`} className="usage">
          <h2 id={`titre-${process.key}`}>{process.name}</h2>
          {process.products.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <ul className="usage__products">
              {process.products.map((product) => (
                <li key={product.key} className="panel">
                  <h3>
                    <a href={`/qui-utilise-quoi/produit/${product.key}`}>{product.name}</a>
                  </h3>
                  <ProductUsageDetails usage={product} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  )
}
