import type { Payload } from 'payload'

import { publicUrl } from '@/config/runtime'
import { defaultLocale, intlLocale, type UiLocale } from '@/i18n/locales'
import { recipientLocale } from '@/i18n/recipient'
import { translatorFor } from '@/i18n/translator'
import type { User, WatchItem } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'

import { atomFeed, html } from './atom'
import { type WatchKind, watchKindKeys } from './kinds'
import { todoLines } from './view'

/** The newest items a feed carries: readers keep what they fetched before. */
export const feedLength = 50

/** The person's watch feeds, on the same secret as their calendar links (src/events/feeds.ts `calendarToken`). */
export const watchFeedUrls = (token: string) => ({
  all: `${publicUrl()}/flux/${token}/veille.atom`,
  byKind: Object.fromEntries(watchKindKeys.map((kind) => [kind, `${publicUrl()}/flux/${token}/veille.atom?type=${kind}`])) as Record<
    WatchKind,
    string
  >,
})

/** A stable identifier (RFC 4151 tag URI), never the reader's secret address. */
const tagOf = (path: string) => `tag:${new URL(publicUrl()).hostname},2026:${path}`

/** One item as an entry: summary, body, the « à faire » box and the sources, as escaped HTML. */
export function watchEntryHtml(item: Pick<WatchItem, 'summary' | 'body' | 'todo' | 'sources'>, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'watch.feed')
  const todo = todoLines(item.todo)
  const sources = item.sources ?? []
  return [
    html.paragraphs(item.summary),
    html.paragraphs(plainText(item.body)),
    todo.length ? html.heading(t('todo')) + html.list(todo.map(html.text)) : '',
    sources.length
      ? html.heading(t('sources')) +
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

/** The language of a person's feed: theirs (src/i18n/recipient.ts), as for their e-mails. */
export const feedLocale = (payload: Payload, owner: Pick<User, 'locale'>) => recipientLocale(payload, owner)

/**
 * The Atom feed of the published watch, optionally of one kind, in `locale` (the subscriber's: titles, headings,
 * kinds; the items' own text is as written). Read as the system with the members' rule written
 * out (published only): a feed is opened by a secret link, and its owner's own read rule would add a COTEC
 * member's proposals, which a forwarded link must never carry.
 */
export async function watchFeed(
  payload: Payload,
  { token, kind, author, locale = defaultLocale }: { token: string; kind?: WatchKind; author: string; locale?: UiLocale },
) {
  const t = translatorFor(locale, 'watch.feed')
  const kindName = (value: WatchKind) => translatorFor(locale, 'vocab.watch')(`kinds.${value}`)
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
    lang: intlLocale(locale),
    title: kind ? t('titleOfKind', { kind: kindName(kind) }) : t('title'),
    subtitle: t('subtitle'),
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
      html: watchEntryHtml(item, locale),
      category: { term: item.kind, label: kindName(item.kind) },
    })),
  })
}
