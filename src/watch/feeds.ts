import type { Payload } from 'payload'

import { publicUrl } from '@/config/runtime'
import type { WatchItem } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'

import { atomFeed, html } from './atom'
import { type WatchKind, watchKinds } from './kinds'
import { todoLines } from './view'

/** The newest items a feed carries: readers keep what they fetched before. */
export const feedLength = 50

/** The person's watch feeds, on the same secret as their calendar links (src/events/feeds.ts `calendarToken`). */
export const watchFeedUrls = (token: string) => ({
  all: `${publicUrl()}/flux/${token}/veille.atom`,
  byKind: Object.fromEntries(
    Object.keys(watchKinds).map((kind) => [kind, `${publicUrl()}/flux/${token}/veille.atom?type=${kind}`]),
  ) as Record<WatchKind, string>,
})

/** A stable identifier (RFC 4151 tag URI), never the reader's secret address. */
const tagOf = (path: string) => `tag:${new URL(publicUrl()).hostname},2026:${path}`

/** One item as an entry: summary, body, the « à faire » box and the sources, as escaped HTML. */
export function watchEntryHtml(item: Pick<WatchItem, 'summary' | 'body' | 'todo' | 'sources'>): string {
  const todo = todoLines(item.todo)
  const sources = item.sources ?? []
  return [
    html.paragraphs(item.summary),
    html.paragraphs(plainText(item.body)),
    todo.length ? html.heading('À faire dans votre commune') + html.list(todo.map(html.text)) : '',
    sources.length
      ? html.heading('Sources') +
        html.list(
          sources.map((source) =>
            [
              source.url ? html.link(source.url, source.title) : html.text(source.title),
              source.date ? html.text(` (${source.date.slice(0, 10)})`) : '',
            ].join(''),
          ),
        )
      : '',
  ].join('')
}

/**
 * The Atom feed of the published watch, optionally of one kind. Read as the system with the members' rule written
 * out (published only): a feed is opened by a secret link, and its owner's own read rule would add a COTEC
 * member's proposals, which a forwarded link must never carry.
 */
export async function watchFeed(payload: Payload, { token, kind, author }: { token: string; kind?: WatchKind; author: string }) {
  const { docs } = await payload.find({
    collection: 'watch-items',
    overrideAccess: true,
    draft: false,
    depth: 0,
    where: { and: [{ _status: { equals: 'published' } }, ...(kind ? [{ kind: { equals: kind } }] : [])] },
    sort: ['-publishedAt', '-id'],
    limit: feedLength,
  })
  const self = kind ? watchFeedUrls(token).byKind[kind] : watchFeedUrls(token).all
  return atomFeed({
    id: tagOf(kind ? `veille:${kind}` : 'veille'),
    title: kind ? `Relais — Veille : ${watchKinds[kind]}` : 'Relais — Veille',
    subtitle: 'La veille de la région pour les communes : cybersécurité, outils, inclusion numérique.',
    self,
    alternate: `${publicUrl()}/veille${kind ? `?type=${kind}` : ''}`,
    author,
    fallbackUpdated: '2026-01-01T00:00:00.000Z',
    entries: docs.map((item) => ({
      id: tagOf(`veille:${item.id}`),
      title: item.title,
      link: `${publicUrl()}/veille/${item.slug}`,
      updated: item.updatedAt,
      published: item.publishedAt,
      summary: item.summary,
      html: watchEntryHtml(item),
      category: { term: item.kind, label: watchKinds[item.kind] },
    })),
  })
}
