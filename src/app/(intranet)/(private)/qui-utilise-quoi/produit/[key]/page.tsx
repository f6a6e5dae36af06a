import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { FollowButton } from '@/components/follow/FollowButton'
import { ProductUsageDetails } from '@/components/inventory/ProductUsage'
import { PageHeader } from '@/components/ui/PageHeader'
import { loadFollowButton } from '@/follow/view'
import { loadProduct } from '@/inventory/whoUsesWhat'

type Params = { params: Promise<{ key: string }> }

const validKey = (key: string) => /^[a-z0-9-]{1,120}$/.test(key)

export async function generateMetadata({ params }: Params) {
  const { key } = await params
  return { title: validKey(key) ? `Qui utilise quoi — ${key.replace(/-/g, ' ')}` : 'Qui utilise quoi' }
}

/** One product: the communes using it, process by process (same rules as the list), and the guides and initiatives naming it. */
export default async function ProductPage({ params }: Params) {
  const { payload, user } = await requireSession()
  const { key } = await params
  if (!validKey(key)) notFound()
  const product = await loadProduct(payload, user, key)
  if (!product) notFound()
  const followed = await loadFollowButton(payload, user, { target: 'product', key })
  return (
    <>
      <PageHeader
        title={product.name}
        breadcrumb={[{ href: '/qui-utilise-quoi', label: 'Qui utilise quoi' }]}
        lead="Les communes qui l’utilisent, d’après leur inventaire : nommées seulement si elles sont d’accord d’être contactées."
      />
      <FollowButton
        target="product"
        itemKey={key}
        name="ce produit"
        following={followed.following}
        byDefault={followed.byDefault}
        back={`/qui-utilise-quoi/produit/${key}`}
      />
      {product.usages.map(({ process, usage }) => (
        <section key={process.key} aria-labelledby={`usage-${process.key}`} className="usage">
          <h2 id={`usage-${process.key}`}>
            Pour : <a href={`/qui-utilise-quoi#${process.key}`}>{process.name}</a>
          </h2>
          <ProductUsageDetails usage={usage} />
        </section>
      ))}
      <section aria-labelledby="mentions">
        <h2 id="mentions">Guides et initiatives qui le mentionnent</h2>
        {product.mentions.length === 0 ? (
          <p className="muted">Aucun guide ni aucune initiative publiés ne mentionne ce produit.</p>
        ) : (
          <ul>
            {product.mentions.map((mention) => (
              <li key={mention.url}>
                {mention.kind} : <a href={mention.url}>{mention.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
