import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { HitLanguage } from '@/components/search/HitLanguage'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { intlLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { pageSize, parseSearchRequest, searchAs, unavailableMessage } from '@/search/service'
import { searchTypeLabels, typeLabelIn } from '@/search/typeLabels'
import { countCap, type Excerpt, type SearchResults, searchTypes, type SearchType } from '@/search/types'

export async function generateMetadata() {
  const t = await getTranslations('searchPage')
  return { title: t('title') }
}

const linkTo = (q: string, type?: SearchType, page = 1) => {
  const params = new URLSearchParams({ q })
  if (type) params.set('type', type)
  if (page > 1) params.set('page', String(page))
  return `/recherche?${params}`
}

function Highlighted({ excerpt }: { excerpt: Excerpt }) {
  return <>{excerpt.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const [t, locale] = await Promise.all([getTranslations('searchPage'), requestLocale()])
  const number = new Intl.NumberFormat(intlLocale(locale))
  const typeNames = searchTypeLabels(locale)
  /** « plus de 200 » once the engine stops counting (countCap); the exact number below. */
  const count = (results: SearchResults, n: number) =>
    results.capped ? t('moreThan', { count: number.format(countCap) }) : number.format(n)
  const params = await searchParams
  const raw = firstParam(params.q)?.trim() ?? ''
  const parsed = raw ? parseSearchRequest((name) => firstParam(params[name])) : null

  let results: SearchResults | null = null
  let problem = parsed && !parsed.ok ? parsed.message : null
  if (parsed?.ok) {
    try {
      results = await searchAs(payload, user, parsed.request)
    } catch (error) {
      payload.logger.error({ err: error }, 'Search unavailable')
      problem = unavailableMessage
    }
  }
  const request = parsed?.ok ? parsed.request : null
  const everything = results ? Object.values(results.byType).reduce((sum, n) => sum + n, 0) : 0

  return (
    <>
      <h1>{t('title')}</h1>
      <form action="/recherche" method="get" className="filters" role="search" aria-label={t('formLabel')}>
        <input type="search" name="q" defaultValue={raw} aria-label={t('terms')} maxLength={200} size={40} />
        {request?.type && <input type="hidden" name="type" value={request.type} />}
        <button type="submit">{t('submit')}</button>
      </form>
      {!raw && <p className="lead">{t('lead')}</p>}
      {problem && (
        <p role="alert" className="message message--error">
          {problem}
        </p>
      )}
      {results && request && (
        <>
          <nav aria-label={t('filterLabel')} className="filters">
            <a href={linkTo(request.q)} aria-current={request.type ? undefined : 'page'}>
              {t('all', { count: count(results, everything) })}
            </a>
            {searchTypes
              .filter((type) => results.byType[type] || request.type === type)
              .map((type) => (
                <a key={type} href={linkTo(request.q, type)} aria-current={request.type === type ? 'page' : undefined}>
                  {typeNames[type]}
                  {/* Counted among the first matches only when capped: the names alone then. */}
                  {results.capped ? null : ` (${results.byType[type] ?? 0})`}
                </a>
              ))}
          </nav>
          <p role="status" className="meta">
            {results.total === 0
              ? t('none', { q: request.q })
              : results.capped
                ? t('capped', { count: number.format(countCap), q: request.q })
                : t('results', { count: results.total, formatted: number.format(results.total), q: request.q })}
          </p>
          <ol className="search-results">
            {results.hits.map((hit) => (
              <li key={hit.key}>
                <span className="badge">{typeLabelIn(hit.type, locale)}</span> <HitLanguage locale={hit.locale} />
                <h2 {...langOf(hit.locale)}>
                  <a href={hit.url}>{hit.title}</a>
                </h2>
                <p {...langOf(hit.locale)}>
                  <Highlighted excerpt={hit.excerpt} />
                </p>
              </li>
            ))}
          </ol>
          {results.total > pageSize && (
            <nav aria-label={t('pagesLabel')} className="filters">
              {request.page > 1 && <a href={linkTo(request.q, request.type, request.page - 1)}>{t('previous')}</a>}
              <span>{t('page', { page: request.page, pages: Math.ceil(results.total / pageSize) })}</span>
              {request.page * pageSize < results.total && <a href={linkTo(request.q, request.type, request.page + 1)}>{t('next')}</a>}
            </nav>
          )}
        </>
      )}
    </>
  )
}
