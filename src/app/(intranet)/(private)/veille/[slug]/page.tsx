import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { RichText } from '@/components/RichText'
import { PageHeader } from '@/components/ui'
import { isSlug } from '@/fields/slug'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { loadWhoUsesWhat } from '@/inventory/whoUsesWhat'
import { loadWatchItem, todoLines } from '@/watch/view'

type Props = { params: Promise<{ slug: string }> }

/** One read per request, shared by the metadata and the page; anything but a slug is no item. */
const findItem = cache(async (slug: string) => {
  const { payload, user } = await requireSession()
  return isSlug(slug) ? loadWatchItem(payload, user, slug) : null
})

export async function generateMetadata({ params }: Props) {
  const item = await findItem((await params).slug)
  return { title: item?.title ?? (await getTranslations('watch.item'))('notFound') }
}

/** A published watch item: summary, body, the « à faire » box, sources with their dates, linked measures, guides and products. */
export default async function WatchItemPage({ params }: Props) {
  const item = await findItem((await params).slug)
  if (!item) notFound()
  const { payload, user } = await requireSession()
  // A product links to its « Qui utilise quoi » page only when a commune uses it (otherwise that page is a 404).
  const inUse = item.linkedProducts.length
    ? new Set((await loadWhoUsesWhat(payload, user)).flatMap((process) => process.products.map((product) => product.key)))
    : new Set<string>()
  const todo = todoLines(item.todo)
  const sources = item.sources ?? []
  const measures = item.measureNumbers ?? []
  const [t, vocab, locale] = await Promise.all([getTranslations('watch.item'), getTranslations('vocab.watch'), requestLocale()])
  const kind = vocab(`kinds.${item.kind}`)

  return (
    <article className="watch-item">
      <PageHeader
        title={<span {...langOf(item)}>{item.title}</span>}
        breadcrumb={[
          { href: '/veille', label: t('breadcrumb') },
          { href: `/veille?type=${item.kind}`, label: kind },
        ]}
      >
        <p className="meta">
          {kind}
          {item.publishedAt && (
            <>
              {` · ${t('published')} `}
              <time dateTime={item.publishedAt}>{longDate(item.publishedAt, locale)}</time>
            </>
          )}
        </p>
      </PageHeader>
      <ContentLanguageNote lang={item.lang} />
      <p className="lead" {...langOf(item)}>
        {item.summary}
      </p>

      {todo.length > 0 && (
        <aside className="next-action" aria-labelledby="todo-title" data-testid="watch-todo">
          <h2 id="todo-title">{t('todo')}</h2>
          <ul>
            {todo.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </aside>
      )}

      {item.body && (
        <section className="prose">
          <RichText data={item.body} />
        </section>
      )}

      {sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{t('sources')}</h2>
          <ul>
            {sources.map((source, index) => (
              <li key={source.id ?? index}>
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                {source.date && (
                  <>
                    {' · '}
                    <time dateTime={source.date.slice(0, 10)}>{longDate(source.date, locale)}</time>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(measures.length > 0 || item.linkedGuides.length > 0 || item.linkedProducts.length > 0) && (
        <section aria-labelledby="links">
          <h2 id="links">{t('more')}</h2>
          <dl className="measure-facts">
            {measures.length > 0 && (
              <>
                <dt>{t('measures')}</dt>
                <dd>
                  {measures.map((number, i) => (
                    <span key={number}>
                      {i > 0 && ', '}
                      <Link href={`/mesures/${number}`}>{t('measure', { number })}</Link>
                    </span>
                  ))}
                </dd>
              </>
            )}
            {item.linkedGuides.length > 0 && (
              <>
                <dt>{t('guides')}</dt>
                <dd>
                  {item.linkedGuides.map((guide, i) => (
                    <span key={guide.id}>
                      {i > 0 && ', '}
                      <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
                    </span>
                  ))}
                </dd>
              </>
            )}
            {item.linkedProducts.length > 0 && (
              <>
                <dt>{t('whoUsesWhat')}</dt>
                <dd>
                  {item.linkedProducts.map((product, i) => (
                    <span key={product.href}>
                      {i > 0 && ', '}
                      {inUse.has(product.key) ? <Link href={product.href}>{product.name}</Link> : product.name}
                    </span>
                  ))}
                </dd>
              </>
            )}
          </dl>
        </section>
      )}
      <p>
        <Link href={`/veille?type=${item.kind}`}>{t('allOfKind', { kind })}</Link>
      </p>
    </article>
  )
}
