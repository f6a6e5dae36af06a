import type { Settings } from 'meilisearch'

import { frenchStopWords, synonyms } from '@/search/vocabulary'

/** Both ways: "mdp" finds "mot de passe" and the other way round. */
const twoWaySynonyms = () => {
  const all: Record<string, string[]> = {}
  for (const [short, long] of Object.entries(synonyms)) {
    all[short] = [...(all[short] ?? []), long]
    all[long] = [...(all[long] ?? []), short]
  }
  return all
}

/** The index settings, applied by the engine before it writes (kept in code, never edited on the server). */
export const indexSettings: Settings = {
  // Order matters: a match in the title ranks above a match in the text (the `attribute` ranking rule).
  searchableAttributes: ['title', 'text'],
  filterableAttributes: ['visibility', 'type', 'collection'],
  sortableAttributes: ['title'],
  displayedAttributes: ['id', 'key', 'collection', 'docId', 'type', 'title', 'text', 'url', 'visibility', 'hash'],
  stopWords: frenchStopWords,
  synonyms: twoWaySynonyms(),
  localizedAttributes: [{ locales: ['fra'], attributePatterns: ['*'] }],
  // "mot de pase": one typo from 4 letters, two from 8 (Meilisearch's defaults are 5 and 9).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 20 },
  pagination: { maxTotalHits: 1000 },
}
