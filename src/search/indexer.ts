import type { CollectionSlug, Payload } from 'payload'

import { invalidate } from '@/cache/shared'
import { defaultLocale, type Locale, locales } from '@/i18n/locales'

import { asTranslated, entryKey } from './document'
import { searchEngine } from './engine'
import { isLocalizedSearch, searchableCollections, toSearchDocument } from './sources'
import { searchIndexTag, type SearchDocument } from './types'

const batchSize = 200

/** The languages other than French in which a document may have an entry. */
const otherLocales = locales.filter((locale) => locale !== defaultLocale)

/** What the index reads of a document in one language: that language's own text, never the French fallback. */
const readIn = (locale: Locale) => ({ depth: 0, draft: false, overrideAccess: true, locale, fallbackLocale: false }) as const

/**
 * A document's entries: French, and one per other language it is written in (its German title present), the
 * French one then marked `translated`. None unless it has a French entry (a draft has none in any language).
 */
function entriesOf(collection: CollectionSlug, french: unknown, others: Map<Locale, unknown>): SearchDocument[] {
  const entry = french ? toSearchDocument(collection, french) : null
  if (!entry) return []
  const translations = otherLocales
    .map((locale) => (others.get(locale) ? toSearchDocument(collection, others.get(locale), locale) : null))
    .filter((found) => found !== null)
  return translations.length ? [asTranslated(entry), ...translations] : [entry]
}

/** Brings one document's entries up to date: indexed as published, in each of its languages, or removed. */
export async function syncSearchEntry(payload: Payload, collection: CollectionSlug, id: string) {
  const [french, ...others] = await Promise.all(
    [defaultLocale, ...(isLocalizedSearch(collection) ? otherLocales : [])].map((locale) =>
      payload.findByID({ collection, id, ...readIn(locale), disableErrors: true }),
    ),
  )
  const entries = entriesOf(collection, french, new Map(others.map((doc, index) => [otherLocales[index]!, doc])))
  const engine = searchEngine(payload)
  if (entries.length) await engine.upsert(entries)
  const kept = new Set(entries.map((entry) => entry.key))
  const gone = locales.map((locale) => entryKey(collection, id, locale)).filter((key) => !kept.has(key))
  await engine.remove(gone)
  await invalidate(payload, undefined, searchIndexTag)
}

/** Every entry the index should hold, in batches; `onExamined` counts the documents read (drafts included). */
export async function* expectedEntries(payload: Payload, onExamined?: (examined: number) => void): AsyncGenerator<SearchDocument[]> {
  let examined = 0
  for (const collection of searchableCollections) {
    for (let page = 1; ; page++) {
      const result = await payload.find({ collection, ...readIn(defaultLocale), limit: batchSize, page, sort: 'id' })
      const ids = result.docs.map((doc) => doc.id)
      const translated = new Map<Locale, Map<unknown, unknown>>()
      for (const locale of isLocalizedSearch(collection) && ids.length ? otherLocales : []) {
        const found = await payload.find({ collection, ...readIn(locale), where: { id: { in: ids } }, limit: 0, pagination: false })
        translated.set(locale, new Map(found.docs.map((doc) => [doc.id, doc])))
      }
      const entries = result.docs.flatMap((doc) =>
        entriesOf(collection, doc, new Map(otherLocales.map((locale) => [locale, translated.get(locale)?.get(doc.id)]))),
      )
      examined += result.docs.length
      onExamined?.(examined)
      if (entries.length) yield entries
      if (!result.hasNextPage) break
    }
  }
}

export async function countSearchable(payload: Payload) {
  let total = 0
  for (const collection of searchableCollections) total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  return total
}

/** Rebuilds the whole index from the database, in one swap; `onProgress` counts the documents read. */
export async function rebuildSearchIndex(payload: Payload, onProgress?: (examined: number) => void) {
  await searchEngine(payload).replaceAll(expectedEntries(payload, onProgress))
  await invalidate(payload, undefined, searchIndexTag)
}

export type IndexReport = { expected: number; indexed: number; missing: string[]; stale: string[]; orphaned: string[] }

/** Compares the index with the database: entries missing, out of date, or left over from deleted content. */
export async function checkSearchIndex(payload: Payload): Promise<IndexReport> {
  const indexed = await searchEngine(payload).fingerprints()
  const report: IndexReport = { expected: 0, indexed: indexed.size, missing: [], stale: [], orphaned: [] }
  const seen = new Set<string>()
  for await (const batch of expectedEntries(payload)) {
    for (const entry of batch) {
      report.expected++
      seen.add(entry.key)
      const hash = indexed.get(entry.key)
      if (hash === undefined) report.missing.push(entry.key)
      else if (hash !== entry.hash) report.stale.push(entry.key)
    }
  }
  report.orphaned = [...indexed.keys()].filter((key) => !seen.has(key))
  return report
}

/**
 * At start: an empty index over existing content (first start, new engine, upgrade) is built at once, so
 * search works without a manual `npm run reindex`. An unreachable engine is logged, never fatal.
 */
export async function ensureSearchIndex(payload: Payload) {
  try {
    if (await searchEngine(payload).isEmpty()) await rebuildSearchIndex(payload)
  } catch (error) {
    payload.logger.error({ err: error }, 'Recherche : index non construit au démarrage (lancez `npm run reindex`).')
  }
}
