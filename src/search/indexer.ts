import type { CollectionSlug, Payload } from 'payload'

import { invalidate } from '@/cache/shared'

import { searchEngine } from './engine'
import { searchableCollections, toSearchDocument } from './sources'
import { searchIndexTag, type SearchDocument } from './types'

const batchSize = 200

/** Brings one document's entry up to date: indexed as published, or removed (deleted, unpublished, draft). */
export async function syncSearchEntry(payload: Payload, collection: CollectionSlug, id: string) {
  const doc = await payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true })
  const entry = doc ? toSearchDocument(collection, doc) : null
  const engine = searchEngine(payload)
  if (entry) await engine.upsert([entry])
  else await engine.remove([`${collection}:${id}`])
  await invalidate(payload, undefined, searchIndexTag)
}

/** Every entry the index should hold, in batches; `onExamined` counts the documents read (drafts included). */
export async function* expectedEntries(payload: Payload, onExamined?: (examined: number) => void): AsyncGenerator<SearchDocument[]> {
  let examined = 0
  for (const collection of searchableCollections) {
    for (let page = 1; ; page++) {
      const result = await payload.find({ collection, depth: 0, draft: false, overrideAccess: true, limit: batchSize, page, sort: 'id' })
      const entries = result.docs.map((doc) => toSearchDocument(collection, doc)).filter((entry) => entry !== null)
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
