import Link from 'next/link'

import { requireSession } from '@/auth/currentUser'
import { CopyLink } from '@/components/events/CopyLink'
import { EmptyState, PageHeader } from '@/components/ui'
import { WatchCards } from '@/components/watch/WatchCards'
import { calendarToken } from '@/events/feeds'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { watchFeedUrls } from '@/watch/feeds'
import { isWatchKind, watchKinds, watchMeasures } from '@/watch/kinds'
import { loadWatchList } from '@/watch/view'

export const metadata = { title: 'Veille' }

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

  return (
    <>
      <PageHeader
        title="Veille"
        lead="Ce qui bouge pour les communes : cybersécurité, outils de cyberadministration, inclusion numérique, nouvelles de l’ARVr et du Canton, retours d’expérience."
      />
      <form method="get" className="filters" aria-label="Filtrer la veille">
        <label>
          Type
          <select name="type" defaultValue={kind ?? ''}>
            <option value="">Tous</option>
            {Object.entries(watchKinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mesure
          <select name="mesure" defaultValue={measure ? String(measure) : ''}>
            <option value="">Toutes</option>
            {Array.from({ length: 38 }, (_, i) => i + 1).map((number) => (
              <option key={number} value={number}>
                {`Mesure ${number}${(watchMeasures as readonly number[]).includes(number) ? ' (veille)' : ''}`}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Afficher</button>
        {filtered && <Link href="/veille">Tout afficher</Link>}
      </form>

      <p className="muted" data-testid="watch-count">
        {list.total === 0 ? 'Aucune actualité' : `${list.total} actualité${list.total > 1 ? 's' : ''}`}
        {kind && ` · ${watchKinds[kind]}`}
        {measure && ` · mesure ${measure}`}
      </p>
      {list.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'Aucune actualité pour ce filtre.' : 'Aucune actualité publiée pour l’instant.'}
          action={filtered ? { href: '/veille', label: 'Voir toute la veille' } : undefined}
        >
          <p>La coordination publie ici la veille de la région ; les membres du COTEC peuvent lui proposer une actualité.</p>
        </EmptyState>
      ) : (
        <WatchCards items={list.items} />
      )}
      {list.totalPages > 1 && (
        <nav className="pagination" aria-label="Pages de la veille">
          {list.page > 1 && <Link href={query(list.page - 1)}>← Plus récentes</Link>}
          <span>
            Page {list.page} sur {list.totalPages}
          </span>
          {list.page < list.totalPages && <Link href={query(list.page + 1)}>Plus anciennes →</Link>}
        </nav>
      )}

      <section aria-labelledby="feeds" className="panel">
        <h2 id="feeds">S’abonner dans Outlook ou Thunderbird</h2>
        <p>
          Recevez chaque nouvelle actualité dans votre messagerie ou votre lecteur de flux (Atom). Ce lien est personnel : ne le transmettez
          à personne.
        </p>
        <dl className="feeds">
          <div>
            <dt>Toute la veille</dt>
            <dd>
              <CopyLink url={feeds.all} label="Toute la veille" />
            </dd>
          </div>
          {kind && (
            <div>
              <dt>{watchKinds[kind]} seulement</dt>
              <dd>
                <CopyLink url={feeds.byKind[kind]} label={`${watchKinds[kind]} seulement`} />
              </dd>
            </div>
          )}
        </dl>
        <p>
          <Link href="/veille/abonnement">Un flux par type, mode d’emploi et renouvellement du lien</Link>
        </p>
      </section>
    </>
  )
}
