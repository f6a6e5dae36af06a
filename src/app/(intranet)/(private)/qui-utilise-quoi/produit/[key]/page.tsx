import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { FollowButton } from '@/components/follow/FollowButton'
import { ProductUsageDetails } from '@/components/inventory/ProductUsage'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadFollowButton } from '@/follow/view'
import { getTranslations } from '@/i18n/getTranslations'
import { loadProduct } from '@/inventory/whoUsesWhat'

type Params = { params: Promise<{ key: string }> }

const validKey = (key: string) => /^[a-z0-9-]{1,120}$/.test(key)

export async function generateMetadata({ params }: Params) {
  const { key } = await params
  const t = await getTranslations('inventory.whoUsesWhat')
  return { title: validKey(key) ? t('productTitle', { product: key.replace(/-/g, ' ') }) : t('title') }
}

/** One product: the communes using it, process by process (same rules as the list), and the guides and initiatives naming it. */
export default async function ProductPage({ params }: Params) {
  const { payload, user } = await requireSession()
  const { key } = await params
  if (!validKey(key)) notFound()
  const product = await loadProduct(payload, user, key)
  if (!product) notFound()
  const followed = await loadFollowButton(payload, user, { target: 'product', key })
  const t = await getTranslations('inventory.whoUsesWhat')
  return (
    <>
      <PageHeader title={product.name} breadcrumb={[{ href: '/qui-utilise-quoi', label: t('title') }]} lead={t('productLead')} />
      <FollowButton
        target="product"
        itemKey={key}
        name={t('thisProduct')}
        following={followed.following}
        byDefault={followed.byDefault}
        back={`/qui-utilise-quoi/produit/${key}`}
      />
      {product.usages.map(({ process, usage }) => (
        <section key={process.key} aria-labelledby={`usage-${process.key}`} className="usage">
          <h2 id={`usage-${process.key}`}>
            {t('for')} <a href={`/qui-utilise-quoi#${process.key}`}>{process.name}</a>
          </h2>
          <ProductUsageDetails usage={usage} />
        </section>
      ))}
      <section aria-labelledby="mentions">
        <h2 id="mentions">{t('mentions')}</h2>
        {product.mentions.length === 0 ? (
          <p className="muted">{t('noMentions')}</p>
        ) : (
          <ul>
            {product.mentions.map((mention) => (
              <li key={mention.url}>
                {t('mention', { kind: mention.kind })} <a href={mention.url}>{mention.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
