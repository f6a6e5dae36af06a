/**
 * Abbreviations people type for what the documents spell out. Both engines expand them: Meilisearch through
 * its synonyms setting, PostgreSQL by adding the spelled-out words as an alternative.
 */
export const synonyms: Record<string, string> = {
  mdp: 'mot de passe',
  pca: 'plan de continuité',
  rgpd: 'protection des données',
  lpd: 'protection des données',
  mfa: 'double authentification',
  '2fa': 'double authentification',
  copil: 'comité de pilotage',
  cotec: 'comité technique',
  arvr: 'antenne région valais romand',
  cyber: 'cybersécurité',
}

/** Words that make a query a question but say nothing about its subject ("comment faire une sauvegarde ?"). */
export const questionWords = new Set([
  'comment',
  'pourquoi',
  'quand',
  'quoi',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'faire',
  'fait',
  'faut',
  'dois',
  'doit',
  'doivent',
  'devons',
  'peut',
  'peux',
  'peuvent',
  'pouvons',
  'puis',
  'estce',
  'qui',
  'que',
  'quoi',
  'besoin',
  'svp',
  'aide',
])

/** French stop words for Meilisearch (PostgreSQL's French dictionary has its own list). */
export const frenchStopWords = [
  'a',
  'à',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'et',
  'eux',
  'il',
  'ils',
  'je',
  'la',
  'le',
  'les',
  'leur',
  'lui',
  'ma',
  'mais',
  'me',
  'même',
  'mes',
  'moi',
  'mon',
  'ne',
  'nos',
  'notre',
  'nous',
  'on',
  'ou',
  'où',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'ta',
  'te',
  'tes',
  'toi',
  'ton',
  'tu',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'c',
  'd',
  'j',
  'l',
  'm',
  'n',
  's',
  't',
  'y',
  'est',
  'sont',
]

/** Lower case without accents, as both the index and the queries compare words. */
export const foldAccents = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')

/** The words of a query, folded; apostrophes split ("l'inventaire" → l, inventaire). */
export const wordsOf = (text: string) =>
  foldAccents(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
