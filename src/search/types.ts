import type { Locale } from '@/i18n/locales'

/**
 * What users can filter results by (`?type=guide`), in the order the results page lists them. Their names, in each
 * language, are in the catalogue: `searchTypeLabels`, `typeLabelIn` (src/search/typeLabels.ts) on the server,
 * `client.search.types` in client components.
 */
export const searchTypes = [
  'guide',
  'veille',
  'mesure',
  'seance',
  'evenement',
  'initiative',
  'acteur',
  'contrat',
  'outil',
  'modele',
  'faq',
  'actualite',
] as const

export type SearchType = (typeof searchTypes)[number]

export const isSearchType = (value: string): value is SearchType => (searchTypes as readonly string[]).includes(value)

/**
 * One entry of the index. `visibility` encodes the access rule of the source collection: `members` (every
 * logged-in user), `commune:<id>`, `committee:<slug>` or `coordinators`. A query filters by the asker's grants.
 */
export type SearchDocument = {
  /** `<collection>:<id>`, unique in the index. */
  key: string
  collection: string
  docId: string
  type: SearchType
  title: string
  text: string
  url: string
  visibility: string
  /** How much the type weighs in the ranking (`typeWeights`). */
  weight: number
  /** Demo content (« Exemple — … »), ranked after everything real. */
  demo: boolean
  /** Fingerprint of the indexed content, for the consistency check of `npm run reindex`. */
  hash: string
  /**
   * The language of the entry's text (issue 26): a document written in German as well as French has one entry per
   * language (`<collection>:<id>` in French, `<collection>:<id>:de` in German), each stemmed in its own language.
   */
  locale: Locale
  /** On a French entry: its document has a German entry too (a German reader is shown that one instead). */
  translated: boolean
}

/** The visibilities a user may read; `all` for coordinators and admins, who read everything. */
export type Grants = 'all' | string[]

export type SearchQuery = {
  q: string
  grants: Grants
  /**
   * The reader's language (French when omitted): a French reader searches the French entries; a German reader the
   * German ones and the French entries of documents not translated, as the pages show them.
   */
  locale?: Locale
  type?: SearchType
  limit?: number
  offset?: number
}

/** An excerpt as plain-text pieces; `match` pieces are shown highlighted (never HTML, so never injected). */
export type Excerpt = { text: string; match: boolean }[]

/** `locale`: the language of the entry found (its title and excerpt). */
export type SearchHit = { key: string; type: SearchType; title: string; url: string; excerpt: Excerpt; locale: Locale }

export type SearchResults = {
  hits: SearchHit[]
  /** The number of matches, counted up to `countCap`: beyond, `total` is the cap and `capped` is true. */
  total: number
  capped?: boolean
  /** Number of matches per type, whatever the type filter (for the filter chips); when `capped`, among the first `countCap`. */
  byType: Partial<Record<SearchType, number>>
}

export type Suggestion = { type: SearchType; title: string; url: string; locale: Locale }

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch'
  /** Adds or replaces entries. */
  upsert(documents: SearchDocument[]): Promise<void>
  /** Removes entries by key; unknown keys are ignored. */
  remove(keys: string[]): Promise<void>
  search(query: SearchQuery): Promise<SearchResults>
  /** Titles for the search box, as the user types (the last word may be incomplete). */
  suggest(query: SearchQuery): Promise<Suggestion[]>
  /** Replaces the whole index with `documents` in one step: searches see the old index until it is complete. */
  replaceAll(documents: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void): Promise<void>
  isEmpty(): Promise<boolean>
  /** Every entry's key and hash (for the consistency check). */
  fingerprints(): Promise<Map<string, string>>
}

/**
 * Counting thousands of matches exactly costs more than it tells: « plus de 200 » is ten pages of 20, more than anyone
 * reads before searching with another word. Each match counted is a row read for its visibility; at 1,000, the
 * count was a third of a common word's search (docs/performance.md). The first page does not depend on it.
 */
export const countCap = 200

/**
 * The shared cache's tag of search results (`searchAs`, src/search/service.ts): every write to the index
 * (src/search/indexer.ts) moves it on, on every instance (PostgreSQL NOTIFY), so that no search served from the
 * cache misses what was just indexed.
 */
export const searchIndexTag = 'search-index'
