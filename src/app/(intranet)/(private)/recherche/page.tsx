import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { HitLanguage } from '@/components/search/HitLanguage'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { pageSize, parseSearchRequest, searchAs, unavailableMessage } from '@/search/service'
import { countCap, type Excerpt, type SearchResults, searchTypes, type SearchType, typeLabel } from '@/search/types'

export const metadata = { title: 'Recherche' }

const linkTo = (q: string, type?: SearchType, page = 1) => {
  const params = new URLSearchParams({ q })
  if (type) params.set('type', type)
  if (page > 1) params.set('page', String(page))
  return `/recherche?${params}`
}

function Highlighted({ excerpt }: { excerpt: Excerpt }) {
  return <>{excerpt.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-CH')} ${n > 1 ? many : one}`
/** « plus de 1 000 » once the engine stops counting (countCap); the exact number below. */
const count = (results: SearchResults, n: number) =>
  results.capped ? `plus de ${countCap.toLocaleString('fr-CH')}` : n.toLocaleString('fr-CH')

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const raw = firstParam(params.q)?.trim() ?? ''
  const parsed = raw ? parseSearchRequest((name) => firstParam(params[name])) : null

  let results: SearchResults | null = null
  let problem = parsed && !parsed.ok ? parsed.message : null
  if (parsed?.ok) {
    try {
      results = await searchAs(payload, user, parsed.request)
    } catch (error) {
      payload.logger.error({ err: error }, 'Recherche indisponible')
      problem = unavailableMessage
    }
  }
  const request = parsed?.ok ? parsed.request : null
  const everything = results ? Object.values(results.byType).reduce((sum, n) => sum + n, 0) : 0

  return (
    <>
      <h1>Recherche</h1>
      <form action="/recherche" method="get" className="filters" role="search" aria-label="Nouvelle recherche">
        <input type="search" name="q" defaultValue={raw} aria-label="Termes recherchés" maxLength={200} size={40} />
        {request?.type && <input type="hidden" name="type" value={request.type} />}
        <button type="submit">Rechercher</button>
      </form>
      {!raw && (
        <p className="lead">Cherchez dans les guides, mesures, séances, événements, initiatives, modèles et questions fréquentes.</p>
      )}
      {problem && (
        <p role="alert" className="message message--error">
          {problem}
        </p>
      )}
      {results && request && (
        <>
          <nav aria-label="Filtrer par type" className="filters">
            <a href={linkTo(request.q)} aria-current={request.type ? undefined : 'page'}>
              Tout ({count(results, everything)})
            </a>
            {(Object.keys(searchTypes) as SearchType[])
              .filter((type) => results.byType[type] || request.type === type)
              .map((type) => (
                <a key={type} href={linkTo(request.q, type)} aria-current={request.type === type ? 'page' : undefined}>
                  {searchTypes[type]}
                  {/* Counted among the first matches only when capped: the names alone then. */}
                  {results.capped ? null : ` (${results.byType[type] ?? 0})`}
                </a>
              ))}
          </nav>
          <p role="status" className="meta">
            {results.total === 0
              ? `Aucun résultat pour « ${request.q} ». Essayez un autre mot ou une orthographe plus simple.`
              : results.capped
                ? `Plus de ${countCap.toLocaleString('fr-CH')} résultats pour « ${request.q} », les plus pertinents d’abord`
                : `${plural(results.total, 'résultat', 'résultats')} pour « ${request.q} »`}
          </p>
          <ol className="search-results">
            {results.hits.map((hit) => (
              <li key={hit.key}>
                <span className="badge">{typeLabel(hit.type)}</span> <HitLanguage locale={hit.locale} />
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
            <nav aria-label="Pages de résultats" className="filters">
              {request.page > 1 && <a href={linkTo(request.q, request.type, request.page - 1)}>← Page précédente</a>}
              <span>
                Page {request.page} sur {Math.ceil(results.total / pageSize)}
              </span>
              {request.page * pageSize < results.total && <a href={linkTo(request.q, request.type, request.page + 1)}>Page suivante →</a>}
            </nav>
          )}
        </>
      )}
    </>
  )
}
