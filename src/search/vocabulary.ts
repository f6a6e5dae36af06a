import type { SearchType } from './types'

/**
 * Ways of saying the same thing: abbreviations, English words staff use, and the everyday word for the
 * official one. Each line is one concept; any of its expressions finds the others (both engines: Meilisearch
 * through its synonyms setting, PostgreSQL by accepting every expression of the line in place of the one typed).
 * Expressions of several words match as a whole ("mot de passe"). Written as people write, accents included.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['mot de passe', 'mdp', 'password', 'phrase de passe'],
  ['double authentification', 'mfa', '2fa', 'authentification à deux facteurs', 'authentification multifacteur'],
  ['sauvegarde', 'backup', 'copie de sécurité'],
  ['restauration', 'restore', 'restaurer', 'récupération des données'],
  ['rançongiciel', 'ransomware', 'logiciel de rançon', 'cryptolocker'],
  ['hameçonnage', 'phishing', 'filoutage', 'courriel frauduleux', 'faux courriel'],
  ['logiciel malveillant', 'malware', 'maliciel', 'virus'],
  ['cyberattaque', 'piratage', 'piraté', 'pirate', 'attaque informatique', 'hacker', 'incident cyber', 'cyberincident'],
  ['cybersécurité', 'cyber', 'sécurité informatique', 'sécurité de l’information'],
  ['numérique', 'digital', 'digitale', 'numériques', 'digitaux'],
  ['digitalisation', 'numérisation', 'dématérialisation', 'transformation numérique', 'digitaliser', 'numériser'],
  ['plan de continuité', 'pca', 'continuité des activités', 'continuité de l’activité', 'plan de crise'],
  ['protection des données', 'rgpd', 'lpd', 'nlpd', 'lipda', 'données personnelles', 'vie privée'],
  ['préposé à la protection des données', 'dpo', 'conseiller à la protection des données'],
  ['comité de pilotage', 'copil', 'comité arvr'],
  ['comité technique', 'cotec', 'cotech'],
  ['antenne région valais romand', 'arvr', 'antenne régionale'],
  ['référent numérique', 'responsable numérique', 'répondant numérique', 'référente numérique'],
  ['courriel', 'e-mail', 'email', 'mail', 'messagerie'],
  ['prestataire', 'fournisseur', 'prestataire informatique'],
  ['résiliation', 'résilier', 'préavis', 'dénonciation du contrat'],
  ['réversibilité', 'sortie du contrat', 'changer de prestataire', 'portabilité'],
  ['hébergement', 'cloud', 'nuage', 'datacenter'],
  ['archivage', 'archives', 'archiver', 'conservation'],
  ['nommage', 'nommer', 'nom de fichier', 'noms de fichiers', 'convention de nommage'],
  ['guichet virtuel', 'guichet numérique', 'guichet en ligne', 'cyberadministration', 'e-government', 'egov', 'cyberguichet'],
  ['inclusion numérique', 'fracture numérique', 'illectronisme'],
  ['numérique durable', 'green it', 'sobriété numérique', 'informatique verte'],
  ['formation', 'sensibilisation', 'webinaire'],
  ['procès-verbal', 'pv', 'compte rendu'],
  ['ordre du jour', 'odj'],
  ['séance', 'réunion', 'rencontre'],
  ['coût', 'prix', 'budget', 'tarif', 'combien'],
  ['intelligence artificielle', 'ia', 'chatgpt'],
  ['questions fréquentes', 'faq'],
  ['modèle', 'template', 'gabarit'],
  ['cahier des charges', 'description de poste', 'fiche de poste'],
  ['télétravail', 'travail à distance', 'home office'],
  ['mise à jour', 'update', 'correctif', 'patch'],
  ['statistiques', 'stats'],
  ['augmentation', 'hausse'],
]

/**
 * The same for German readers (issue 26), searched with `synonymGroups`: German ways of saying it, and the French
 * expression of the sources, so that a German word also finds the guides that exist only in French.
 */
export const germanSynonymGroups: readonly (readonly string[])[] = [
  ['passwort', 'kennwort', 'passwörter', 'mot de passe'],
  ['zwei-faktor-authentifizierung', '2fa', 'mfa', 'mehrstufige authentifizierung', 'double authentification'],
  ['datensicherung', 'sicherung', 'backup', 'sicherungskopie', 'sauvegarde'],
  ['wiederherstellung', 'wiederherstellen', 'restore', 'restauration'],
  ['phishing', 'betrügerische e-mail', 'hameçonnage'],
  ['schadsoftware', 'malware', 'virus', 'logiciel malveillant'],
  ['erpressungssoftware', 'ransomware', 'verschlüsselungstrojaner', 'rançongiciel'],
  ['cyberangriff', 'hackerangriff', 'angriff', 'cyberattaque'],
  ['cybersicherheit', 'informationssicherheit', 'it-sicherheit', 'cybersécurité'],
  ['digitalisierung', 'digitale transformation', 'digitalisation'],
  ['datenschutz', 'dsg', 'dsgvo', 'personendaten', 'protection des données'],
  ['gemeinde', 'gemeinden', 'commune'],
  ['e-mail', 'mail', 'email', 'courriel'],
  ['anbieter', 'dienstleister', 'lieferant', 'prestataire'],
  ['vertrag', 'verträge', 'contrat'],
  ['kündigung', 'kündigen', 'kündigungsfrist', 'résiliation'],
  ['archivierung', 'archiv', 'archivage'],
  ['schulung', 'weiterbildung', 'sensibilisierung', 'formation'],
  ['vorlage', 'muster', 'modèle'],
  ['sitzung', 'besprechung', 'séance'],
  ['protokoll', 'procès-verbal'],
  ['kosten', 'preis', 'budget', 'coût'],
  ['künstliche intelligenz', 'ki', 'intelligence artificielle'],
  ['homeoffice', 'telearbeit', 'télétravail'],
  ['aktualisierung', 'update', 'mise à jour'],
]

/**
 * How much each kind of result weighs against the others when both match equally: practical guides and the
 * strategy's measures first, the record of meetings and events last. A title match still ranks above a match
 * in the text whatever the type; demo content comes after everything real (see `isDemo`).
 */
export const typeWeights: Partial<Record<SearchType, number>> = {
  guide: 1,
  mesure: 0.95,
  faq: 0.95,
  contrat: 0.9,
  modele: 0.9,
  initiative: 0.8,
  veille: 0.7,
  outil: 0.8,
  acteur: 0.75,
  actualite: 0.7,
  evenement: 0.65,
  seance: 0.6,
}
/** A type missing from `typeWeights` (a new source) weighs as much as an initiative until it is given a weight. */
export const weightOf = (type: SearchType) => typeWeights[type] ?? 0.8

/**
 * Demo content says it is made up: its title opens with « Exemple — » (seed/content/demo.ts, checked by
 * tests/unit/search/documents.unit.spec.ts), after a prefix such as « Action : » or « COTEC : ». It ranks last.
 */
export const demoTitleMarker = 'Exemple — '
export const isDemo = (title: string) => title.startsWith(demoTitleMarker) || title.includes(`: ${demoTitleMarker}`)

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
  'ou',
  'trouver',
  'trouve',
  'cherche',
  'chercher',
  'existe',
  'il',
  'estce',
])

/** Question words of German queries ("wie mache ich eine Sicherung?"), left out as `questionWords` are. */
export const germanQuestionWords = new Set([
  'wie',
  'was',
  'wo',
  'wann',
  'warum',
  'wer',
  'welche',
  'welcher',
  'welches',
  'muss',
  'mussen',
  'kann',
  'konnen',
  'soll',
  'sollen',
  'ich',
  'wir',
  'mache',
  'machen',
  'finde',
  'finden',
  'gibt',
  'es',
  'hilfe',
])

/** German stop words, left out of German readers' queries (PostgreSQL's German dictionary has its own list). */
export const germanStopWords = [
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'und',
  'oder',
  'in',
  'im',
  'an',
  'am',
  'auf',
  'aus',
  'bei',
  'mit',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'fur',
  'uber',
  'ist',
  'sind',
  'nicht',
  'wie',
  'ich',
  'sie',
  'wir',
  'es',
  'er',
]

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
    .replace(/ß/g, 'ss')

/** The words of a query, folded; apostrophes split ("l'inventaire" → l, inventaire). */
export const wordsOf = (text: string) =>
  foldAccents(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
