import type { Settings } from 'meilisearch'

import { countCap } from '@/search/types'
import { frenchStopWords, germanSynonymGroups, synonymGroups } from '@/search/vocabulary'

/**
 * Every expression of a line of `synonymGroups` (and of `germanSynonymGroups`) finds the others: "mdp" finds "mot de
 * passe" and back, "Kennwort" finds "Passwort" and « mot de passe ».
 */
const twoWaySynonyms = () => {
  const all: Record<string, string[]> = {}
  for (const group of [...synonymGroups, ...germanSynonymGroups]) {
    for (const expression of group) {
      const key = expression.toLowerCase()
      all[key] = [...new Set([...(all[key] ?? []), ...group.map((other) => other.toLowerCase()).filter((other) => other !== key)])]
    }
  }
  return all
}

/** The index settings, applied by the engine before it writes (kept in code, never edited on the server). */
export const indexSettings: Settings = {
  // Order matters: a match in the title ranks above a match in the text (the `attribute` ranking rule). Each entry
  // has its text in the attributes of its language (`title_fr`, `text_fr` or `title_de`, `text_de`: engine.ts),
  // tokenized and normalized as that language (`localizedAttributes`).
  searchableAttributes: ['title_fr', 'title_de', 'text_fr', 'text_de'],
  filterableAttributes: ['visibility', 'type', 'collection', 'locale', 'translated'],
  sortableAttributes: ['title'],
  displayedAttributes: [
    'id',
    'key',
    'collection',
    'docId',
    'type',
    'title',
    'text_fr',
    'text_de',
    'url',
    'visibility',
    'hash',
    'weight',
    'demo',
    'locale',
    'translated',
  ],
  // As the PostgreSQL engine ranks: documents with every word first (then those missing the most frequent one,
  // see `matchingStrategy` in the engine), demo content after the real one, a title match above a text match,
  // then the type's weight (vocabulary.ts).
  rankingRules: ['words', 'demoRank:asc', 'typo', 'proximity', 'attribute', 'weight:desc', 'exactness'],
  stopWords: frenchStopWords,
  synonyms: twoWaySynonyms(),
  localizedAttributes: [
    { locales: ['fra'], attributePatterns: ['*_fr'] },
    { locales: ['deu'], attributePatterns: ['*_de'] },
  ],
  // "mot de pase": one typo from 4 letters, two from 8 (Meilisearch's defaults are 5 and 9).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 20 },
  // One more than the count shown, so that « plus de 200 » can be told from exactly 200.
  pagination: { maxTotalHits: countCap + 1 },
}
