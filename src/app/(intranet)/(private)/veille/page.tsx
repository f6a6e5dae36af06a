import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { CopyLink } from '@/components/events/CopyLink'
import { EmptyState, PageHeader } from '@/components/ui'
import { WatchCards } from '@/components/watch/WatchCards'
import { calendarToken } from '@/events/feeds'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { watchFeedUrls } from '@/watch/feeds'
import { isWatchKind, watchKindKeys, watchMeasures } from '@/watch/kinds'
import { loadWatchList } from '@/watch/view'

export async function generateMetadata() {
  return { title: (await getTranslations('watch'))('title') }
}

/** A measure number from the address (1 to 38), else none. */
const measureParam = (value: string | undefined) => {
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 && number <= 38 ? number : null
}

const pageParam = (value: string | undefined) => {
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 && number <= 10_000 ? number : 1
}

/**
 * The region's watch, newest first: filters by kind and by measure in a plain GET form (works without
 * JavaScript), 20 items a page, and the person's Atom feed links for Outlook or Thunderbird.
 */
export default async function WatchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const typeParam = firstParam(params.type)
  const kind = isWatchKind(typeParam) ? typeParam : null
  const measure = measureParam(firstParam(params.mesure))
  const list = await loadWatchList(payload, user, { kind, measure, page: pageParam(firstParam(params.page)) })
  const feeds = watchFeedUrls(await calendarToken(payload, user))
  const query = (page: number) =>
    `/veille?${new URLSearchParams({ ...(kind ? { type: kind } : {}), ...(measure ? { mesure: String(measure) } : {}), page: String(page) })}`
  const filtered = Boolean(kind || measure)
  const [t, vocab] = await Promise.all([getTranslations('watch'), getTranslations('vocab.watch')])
  const kindName = (value: string) => vocab(`kinds.${value}`)

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <form method="get" className="filters" aria-label={t('filters.label')}>
        <label>
          {t('filters.type')}
          <select name="type" defaultValue={kind ?? ''}>
            <option value="">{t('filters.allKinds')}</option>
            {watchKindKeys.map((value) => (
              <option key={value} value={value}>
                {kindName(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.measure')}
          <select name="mesure" defaultValue={measure ? String(measure) : ''}>
            <option value="">{t('filters.allMeasures')}</option>
            {Array.from({ length: 38 }, (_, i) => i + 1).map((number) => (
              <option key={number} value={number}>
                {t('filters.measureOption', { number, watch: String((watchMeasures as readonly number[]).includes(number)) })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('filters.submit')}</button>
        {filtered && <Link href="/veille">{t('filters.showAll')}</Link>}
      </form>

      <p className="muted" data-testid="watch-count">
        {t('count', { count: list.total })}
        {kind && ` · ${kindName(kind)}`}
        {measure && ` · ${t('measureFilter', { number: measure })}`}
      </p>
      {list.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('empty.filtered') : t('empty.none')}
          action={filtered ? { href: '/veille', label: t('empty.seeAll') } : undefined}
        >
          <p>{t('empty.hint')}</p>
        </EmptyState>
      ) : (
        <WatchCards items={list.items} />
      )}
      {list.totalPages > 1 && (
        <nav className="pagination" aria-label={t('pages')}>
          {list.page > 1 && <Link href={query(list.page - 1)}>{t('newer')}</Link>}
          <span>{t('page', { page: list.page, pages: list.totalPages })}</span>
          {list.page < list.totalPages && <Link href={query(list.page + 1)}>{t('older')}</Link>}
        </nav>
      )}

      <section aria-labelledby="feeds" className="panel">
        <h2 id="feeds">{t('feeds.title')}</h2>
        <p>{t('feeds.intro')}</p>
        <dl className="feeds">
          <div>
            <dt>{t('feeds.all')}</dt>
            <dd>
              <CopyLink url={feeds.all} label={t('feeds.all')} />
            </dd>
          </div>
          {kind && (
            <div>
              <dt>{t('feeds.only', { kind: kindName(kind) })}</dt>
              <dd>
                <CopyLink url={feeds.byKind[kind]} label={t('feeds.only', { kind: kindName(kind) })} />
              </dd>
            </div>
          )}
        </dl>
        <p>
          <Link href="/veille/abonnement">{t('feeds.more')}</Link>
        </p>
      </section>
    </>
  )
}
