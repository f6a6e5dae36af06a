import type { Settings } from 'meilisearch'

import { countCap } from '@/search/types'
import { frenchStopWords, synonymGroups } from '@/search/vocabulary'

/** Every expression of a line of `synonymGroups` finds the others: "mdp" finds "mot de passe" and back. */
const twoWaySynonyms = () => {
  const all: Record<string, string[]> = {}
  for (const group of synonymGroups) {
    for (const expression of group) {
      const key = expression.toLowerCase()
      all[key] = [...new Set([...(all[key] ?? []), ...group.map((other) => other.toLowerCase()).filter((other) => other !== key)])]
    }
  }
  return all
}

/** The index settings, applied by the engine before it writes (kept in code, never edited on the server). */
export const indexSettings: Settings = {
  // Order matters: a match in the title ranks above a match in the text (the `attribute` ranking rule).
  searchableAttributes: ['title', 'text'],
  filterableAttributes: ['visibility', 'type', 'collection'],
  sortableAttributes: ['title'],
  displayedAttributes: ['id', 'key', 'collection', 'docId', 'type', 'title', 'text', 'url', 'visibility', 'hash', 'weight', 'demo'],
  // As the PostgreSQL engine ranks: documents with every word first (then those missing the most frequent one,
  // see `matchingStrategy` in the engine), demo content after the real one, a title match above a text match,
  // then the type's weight (vocabulary.ts).
  rankingRules: ['words', 'demoRank:asc', 'typo', 'proximity', 'attribute', 'weight:desc', 'exactness'],
  stopWords: frenchStopWords,
  synonyms: twoWaySynonyms(),
  localizedAttributes: [{ locales: ['fra'], attributePatterns: ['*'] }],
  // "mot de pase": one typo from 4 letters, two from 8 (Meilisearch's defaults are 5 and 9).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 20 },
  // One more than the count shown, so that « plus de 1 000 » can be told from exactly 1 000.
  pagination: { maxTotalHits: countCap + 1 },
}
