/**
 * A deterministic French corpus for the search benchmark: what the communes of Valais romand do digitally
 * (backups, passwords, contracts, the virtual counter, data protection, committee meetings, trainings…), as
 * guides, measures, meetings, events, news and so on. Word lists and sentence templates, drawn by a seeded
 * PRNG: the same seed always gives the same 50,000 entries, so runs compare. As on a real intranet, topics are
 * unevenly common (backups most) and each text stays on its topic: the commonest query words are in several
 * thousand entries, the rarest in a few dozen.
 */
import { searchDocument } from '@/search/document'
import type { SearchDocument, SearchType } from '@/search/types'
import { communes } from '@seed/communes'

/** mulberry32: small, fast, good enough for picking words. */
function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof prng>

const pick = <T>(random: Random, list: readonly T[]) => list[Math.floor(random() * list.length)]!
/** Zipf-like: the i-th item is drawn in proportion to 1/(i+1)^s, so the first items are common, the last rare. */
function zipf<T>(list: readonly T[], s: number) {
  const cumulative: number[] = []
  list.forEach((_, i) => cumulative.push((cumulative[i - 1] ?? 0) + 1 / (i + 1) ** s))
  return (random: Random) => {
    const r = random() * cumulative.at(-1)!
    return list[cumulative.findIndex((c) => r < c)]!
  }
}
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Each subject: how titles name it, and the things (with their article) its texts talk about. */
const topics = [
  {
    name: 'Sauvegardes',
    things: [
      'les sauvegardes',
      'la copie hors ligne',
      'le disque externe',
      'la règle 3-2-1',
      'la restauration des fichiers',
      'le NAS de la commune',
      'la sauvegarde quotidienne',
    ],
  },
  {
    name: 'Mots de passe',
    things: [
      'les mots de passe',
      'le gestionnaire de mots de passe',
      'la double authentification',
      'les comptes partagés',
      'la phrase de passe',
      'les comptes administrateurs',
    ],
  },
  {
    name: 'Cybersécurité',
    things: [
      "l'antivirus",
      'les mises à jour de sécurité',
      'le pare-feu',
      "les courriels d'hameçonnage",
      'la protection contre les rançongiciels',
      'les droits des utilisateurs',
    ],
  },
  {
    name: 'Contrats informatiques',
    things: [
      'le contrat de maintenance',
      "l'appel d'offres",
      'les conditions générales',
      'le prestataire informatique',
      'les licences',
      'la clause de réversibilité',
      'le niveau de service',
    ],
  },
  {
    name: 'Guichet virtuel',
    things: [
      'le guichet virtuel',
      'les prestations en ligne',
      "les demandes d'attestation",
      'le paiement en ligne',
      'le formulaire électronique',
      "l'identité électronique",
    ],
  },
  {
    name: 'Protection des données',
    things: [
      'les données personnelles',
      'le registre des traitements',
      'la loi sur la protection des données',
      'le consentement des habitants',
      "les droits d'accès",
      "l'analyse d'impact",
    ],
  },
  {
    name: 'Comité de pilotage',
    things: [
      "l'ordre du jour",
      'le procès-verbal',
      'le comité de pilotage',
      'les décisions du COPIL',
      'la feuille de route',
      'le budget régional',
    ],
  },
  {
    name: 'Comité technique',
    things: [
      'le comité technique',
      'les recommandations du COTEC',
      'le catalogue de mesures',
      'les standards techniques',
      'le groupe de travail',
    ],
  },
  {
    name: 'Formations',
    things: [
      'la formation des collaborateurs',
      "l'atelier de sensibilisation",
      'le support de cours',
      'le webinaire',
      'le parcours en ligne',
      "l'exercice d'hameçonnage",
    ],
  },
  {
    name: 'Télétravail',
    things: ["l'accès à distance", 'le VPN', 'les ordinateurs portables', 'la connexion depuis le domicile', 'les postes nomades'],
  },
  {
    name: 'Messagerie',
    things: ['la messagerie', 'les boîtes aux lettres', 'le filtrage des pourriels', 'les listes de distribution', 'les pièces jointes'],
  },
  {
    name: 'Site internet communal',
    things: [
      'le site internet communal',
      "l'accessibilité des pages",
      'les actualités du site',
      'le nom de domaine',
      'le certificat du site',
    ],
  },
  {
    name: 'Archivage électronique',
    things: [
      "l'archivage électronique",
      'la gestion électronique des documents',
      'les délais de conservation',
      'la signature électronique',
      'le plan de classement',
    ],
  },
  {
    name: 'Inventaire du matériel',
    things: ["l'inventaire du matériel", 'les imprimantes', 'les serveurs', 'le renouvellement des postes', "l'onduleur", 'les écrans'],
  },
  {
    name: 'Plan de continuité',
    things: ['le plan de continuité', 'la cellule de crise', 'les applications critiques', 'le scénario de panne', "l'annuaire d'urgence"],
  },
  {
    name: 'Réseau et Wi-Fi',
    things: ['le réseau Wi-Fi', 'la fibre optique', 'le câblage des bâtiments', 'le routeur', 'le réseau des invités'],
  },
  {
    name: 'Hébergement en nuage',
    things: [
      'le stockage en nuage',
      "l'hébergement en Suisse",
      'la souveraineté des données',
      'les applications en ligne',
      'la migration vers le nuage',
    ],
  },
  {
    name: 'Géodonnées',
    things: ['le géoportail', 'le cadastre', 'les plans de zones', "le système d'information du territoire", 'les relevés des conduites'],
  },
  {
    name: 'Téléphonie',
    things: ['la téléphonie IP', 'les smartphones professionnels', 'la gestion des appareils mobiles', 'le standard téléphonique'],
  },
  {
    name: 'Intelligence artificielle',
    things: [
      "les outils d'intelligence artificielle",
      'les assistants conversationnels',
      "la charte d'utilisation",
      'les traductions automatiques',
    ],
  },
] as const

type Topic = (typeof topics)[number]
const pickTopic = zipf(topics, 0.7)

const subjects = [
  'le secrétariat communal',
  'le service informatique',
  'la chancellerie',
  'le conseil communal',
  "l'administration communale",
  'le prestataire',
  'le responsable de la sécurité',
  'le contrôle des habitants',
  'le bureau technique',
  'la bourgeoisie',
  "la direction de l'école",
  'le service des finances',
  'la police municipale',
  'le coordinateur régional',
  'le délégué à la protection des données',
  'la commission informatique',
  'le service des travaux publics',
  'le greffe',
  "l'office du tourisme",
  'la crèche communale',
  'le service social',
  'la caisse de compensation',
]
const verbs = [
  'vérifie',
  'contrôle',
  'documente',
  'met à jour',
  'teste',
  'planifie',
  'révise',
  'supervise',
  'renouvelle',
  'sécurise',
  'inventorie',
  'évalue',
  'simplifie',
  'centralise',
  'harmonise',
  'valide',
  'présente',
  'compare',
  'réorganise',
  'surveille',
]
const actions = [
  'tester',
  'mettre à jour',
  'renouveler',
  'sécuriser',
  'documenter',
  'vérifier',
  'planifier',
  'chiffrer',
  'configurer',
  'archiver',
  'choisir',
  'remplacer',
  'auditer',
  'externaliser',
  'négocier',
  'simplifier',
  'mutualiser',
  'budgéter',
]
const frequencies = [
  'chaque semaine',
  'chaque mois',
  'chaque trimestre',
  'une fois par an',
  'après chaque changement',
  'tous les soirs',
  'avant chaque mise en production',
  'au début de la législature',
  'à chaque départ de collaborateur',
]
const goals = [
  'gagner du temps',
  'réduire les risques',
  'limiter les coûts',
  'respecter la loi',
  'rassurer les habitants',
  'éviter une panne prolongée',
  'faciliter le remplacement des collaborateurs',
  'garder la maîtrise des données',
  'préparer la fusion de communes',
  'répondre plus vite aux demandes',
]
const tools = [
  'un tableur partagé',
  'la plateforme régionale',
  'un logiciel libre',
  'une solution hébergée en Suisse',
  'le catalogue de l’Antenne',
  'une checklist imprimée',
  'un tableau de bord',
  'un outil de ticket',
  'le wiki interne',
]
const people = [
  'le préposé à la protection des données',
  'la secrétaire communale',
  "le chef de l'informatique",
  'le président de commune',
  'la coordinatrice régionale',
  "l'Antenne Région Valais romand",
  'le responsable du contrôle des habitants',
  'le préposé cantonal',
  'le fournisseur',
  'la vice-présidente',
  'le caissier',
  "l'huissier",
]
const risks = [
  'la perte de données',
  'le vol de mots de passe',
  "l'usurpation d'identité",
  'une attaque par rançongiciel',
  'une panne de serveur',
  'la fuite de documents',
  'une erreur de manipulation',
  'un incendie du local technique',
  'la dépendance à un seul fournisseur',
  "l'oubli d'une échéance",
]
const incidents = [
  'panne',
  'incident de sécurité',
  'courriel suspect',
  'perte de téléphone',
  'vol d’ordinateur',
  'fuite de données',
  'coupure de courant',
]
const urgentSteps = [
  'déconnecter le poste du réseau',
  'changer le mot de passe',
  'bloquer le compte',
  'noter l’heure et les symptômes',
  'appeler la permanence',
  'isoler le serveur',
]
const qualities = ['indispensable', 'prioritaire', 'utile', 'recommandée', 'simple à mettre en place', 'peu coûteuse', 'obligatoire']
const documentKinds = [
  'contrat',
  'charte informatique',
  'procès-verbal',
  'cahier des charges',
  'directive',
  'lettre aux habitants',
  'registre',
  'check-list',
  'convention',
  'règlement',
  'fiche réflexe',
  'rapport annuel',
]
const eventKinds = ['Atelier', 'Conférence', 'Cours', 'Webinaire', 'Journée d’échange', 'Séance d’information', 'Table ronde']
const providers = [
  'Alpinfo Sàrl',
  'Rhône Systèmes SA',
  'Valnet Services',
  'Chablais Informatique',
  'Cimes Digital',
  'Bisse Numérique',
  'Mazot Solutions',
  'Helvétia Réseaux',
  'Dents-du-Midi Conseil',
  'Arolla Data',
  'Ferret Sécurité',
  'Triangle Logiciels',
]
/** Rarer vocabulary, drawn Zipf-like: the first words are in a few thousand entries, the last ones in a few dozen. */
const rareTerms = [
  'la journalisation',
  "l'horodatage",
  'la redondance',
  "l'obsolescence",
  "l'interopérabilité",
  'la dématérialisation',
  'la virtualisation',
  "l'infogérance",
  'la télémaintenance',
  'le cloisonnement',
  "l'hyperviseur",
  'le géoréférencement',
  "l'homologation",
  'la pseudonymisation',
  "l'anonymisation",
  "l'exfiltration",
  "l'ingénierie sociale",
  'le déni de service',
  'le typosquattage',
  'la bande magnétique',
  'la clé FIDO2',
  'le jeton matériel',
  'la biométrie',
  'le bac à sable',
  'la sous-traitance',
  'le test d’intrusion',
  'la supervision nocturne',
  'le protocole DMARC',
  "l'enregistrement DNSSEC",
  'le raccard numérisé',
  'la combourgeoisie',
  'le bisse de Savièse',
  'la désinscription',
  'la prescription',
  'le sceau',
]
const pickRare = zipf(rareTerms, 1.5)
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

/**
 * The sentences of every text: most about the entry's subject (`{thing}`, mostly drawn from its own topic),
 * the others about how communes work, with no topical word. `{…}` are drawn from the lists above.
 */
const sentences = [
  '{Subject} {verb} {thing} {frequency}.',
  'À {commune}, {subject} a décidé de {action} {thing} avant le {date}.',
  'Le risque principal reste {risk} : sans {thing}, une commune peut perdre plusieurs semaines de travail.',
  'Il est recommandé de {action} {thing} {frequency}.',
  'La checklist rappelle les actions minimales : {action} {thing}, {action} {thing} et {action} {thing}.',
  'Lors de la séance du {date}, le comité a validé {thing} et demandé un rapport sur {thing}.',
  'Le budget prévu s’élève à {number} 000 francs, répartis entre {thing} et {thing}.',
  'La loi cantonale impose de {action} {thing}.',
  'Le prestataire {provider} propose de {action} {thing} pour un forfait annuel.',
  'Selon le rapport, {thing} était la faiblesse la plus fréquente.',
  'Une demi-journée suffit pour {action} {thing} sans aide extérieure.',
  'Les petites communes mutualisent {thing} afin de {goal}.',
  '{Subject} tient un registre des décisions prises sur {thing}.',
  'Faut-il {action} {thing} soi-même ou le confier à {provider} ?',
  'Les habitants apprécient {thing}, surtout le soir et le week-end.',
  'Un contrôle par sondage permet de vérifier {thing} sans bloquer le travail quotidien.',
  '{number} communes de la région ont déjà adopté cette démarche, souvent avec l’appui de {person}.',
  'Pour {goal}, {subject} s’appuie sur {tool}.',
  'Les collaborateurs signalent immédiatement tout {incident} à {person}.',
  'Cette mesure est {quality} pour les communes de moins de {number} 000 habitants.',
  'En cas de {incident}, il faut d’abord {urgent}, puis prévenir {person}.',
  'Un modèle de {document} est disponible dans la bibliothèque, à adapter selon la taille de la commune.',
  'La commune de {commune} a mesuré le temps gagné : près de {number} heures par mois.',
  'Ce point sera repris à la prochaine séance, prévue le {date} à {commune}.',
  '{Person} présentera un premier bilan au conseil communal en {month}.',
  'Le calendrier reste serré, mais {subject} estime pouvoir tenir les délais.',
  'Les questions peuvent être adressées à {person} par courriel ou par téléphone.',
  'Dans la pratique, {rare} demande surtout de la rigueur et un peu de temps.',
]

const typeWeights: [SearchType, number][] = [
  ['guide', 15],
  ['mesure', 10],
  ['seance', 12],
  ['evenement', 10],
  ['initiative', 10],
  ['acteur', 5],
  ['contrat', 2],
  ['modele', 8],
  ['faq', 12],
  ['actualite', 18],
]
const collections: Record<SearchType, string> = {
  guide: 'guides',
  mesure: 'measures',
  seance: 'meetings',
  evenement: 'events',
  initiative: 'initiatives',
  acteur: 'actors',
  contrat: 'contract-criteria',
  outil: 'processes',
  modele: 'templates',
  faq: 'faqs',
  actualite: 'news',
  veille: 'watch-items',
}

function pickType(random: Random): SearchType {
  let r = random() * typeWeights.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [type, weight] of typeWeights) if ((r -= weight) < 0) return type
  return 'actualite'
}

const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1)

/** French contractions and elisions the templates cannot know in advance: "de les" → "des", "de Orsières" → "d’Orsières". */
const contractions: Record<string, string> = { 'de les': 'des', 'de le': 'du', 'à les': 'aux', 'à le': 'au' }
const french = (text: string) =>
  text
    .replace(
      /(^|\s|’)(de|à) (les|le) /g,
      (_, before: string, preposition: string, article: string) => `${before}${contractions[`${preposition} ${article}`]} `,
    )
    .replace(/(^|\s)de ([aeiouyéèêhAEIOUYÉÈÊ])/g, '$1d’$2')

function title(random: Random, type: SearchType, topic: Topic, commune: string, date: string, n: number): string {
  const thing = pick(random, topic.things)
  switch (type) {
    case 'guide':
      return random() < 0.5
        ? `${topic.name} : ${pick(random, ['bonnes pratiques', 'les bases', 'pas à pas', 'pour les petites communes', 'questions fréquentes'])}`
        : `Guide pratique — ${thing}`
    case 'mesure':
      return `Mesure ${(n % 120) + 1} : ${pick(random, actions)} ${thing}`
    case 'seance':
      return `Séance du ${random() < 0.5 ? 'COPIL' : 'COTEC'} du ${date} — ${lower(topic.name)}`
    case 'evenement':
      return `${pick(random, eventKinds)} : ${lower(topic.name)} à ${commune}`
    case 'initiative':
      return `${commune} ${pick(random, ['lance', 'modernise', 'revoit', 'partage', 'simplifie', 'généralise'])} ${thing}`
    case 'acteur':
      return `${pick(random, providers)} — ${lower(topic.name)}`
    case 'contrat':
      return `Contrat informatique : ${lower(topic.name)}`
    case 'outil':
      return `Qui utilise quoi : ${lower(topic.name)}`
    case 'modele':
      return `Modèle de ${pick(random, documentKinds)} : ${lower(topic.name)}`
    case 'faq':
      return capitalize(
        `${pick(random, ['comment', 'faut-il', 'qui doit', 'quand faut-il', 'pourquoi'])} ${pick(random, actions)} ${thing} ?`,
      )
    case 'veille':
    case 'actualite':
      return pick(random, [
        `${commune} : du nouveau pour ${thing}`,
        `${commune} met à jour ${thing}`,
        `Retour d’expérience de ${commune} sur ${thing}`,
        `${capitalize(thing)} : ${commune} montre l’exemple`,
        `${capitalize(thing)} au programme du conseil de ${commune}`,
      ])
  }
}

function visibility(random: Random, type: SearchType): string {
  const r = random()
  if (type === 'seance' && r < 0.7) return r < 0.35 ? 'committee:copil' : 'committee:cotec'
  if (r < 0.8) return 'members'
  if (r < 0.92) return `commune:${1 + Math.floor(random() * communes.length)}`
  if (r < 0.95) return 'committee:cotec'
  if (r < 0.97) return 'committee:copil'
  return 'coordinators'
}

function text(random: Random, topic: Topic, words: number): string {
  const out: string[] = []
  let count = 0
  while (count < words) {
    const sentence = pick(random, sentences).replace(/\{(\w+)\}/g, (_, slot: string) => {
      const value = fill(random, slot.toLowerCase(), topic)
      return slot[0] === slot[0]!.toUpperCase() ? capitalize(value) : value
    })
    out.push(sentence)
    count += sentence.split(' ').length
  }
  return out.join(' ')
}

function fill(random: Random, slot: string, topic: Topic): string {
  switch (slot) {
    case 'thing':
      return random() < 0.85 ? pick(random, topic.things) : pick(random, pick(random, topics).things)
    case 'subject':
      return pick(random, subjects)
    case 'verb':
      return pick(random, verbs)
    case 'action':
      return pick(random, actions)
    case 'frequency':
      return pick(random, frequencies)
    case 'goal':
      return pick(random, goals)
    case 'tool':
      return pick(random, tools)
    case 'person':
      return pick(random, people)
    case 'risk':
      return pick(random, risks)
    case 'incident':
      return pick(random, incidents)
    case 'urgent':
      return pick(random, urgentSteps)
    case 'quality':
      return pick(random, qualities)
    case 'document':
      return pick(random, documentKinds)
    case 'provider':
      return pick(random, providers)
    case 'rare':
      return pickRare(random)
    case 'commune':
      return pick(random, communes).name
    case 'number':
      return String(2 + Math.floor(random() * 40))
    case 'date':
      return date(random)
    case 'month':
      return pick(random, months)
    default:
      throw new Error(`unknown slot {${slot}}`)
  }
}

const date = (random: Random) => `${1 + Math.floor(random() * 28)} ${pick(random, months)} ${2024 + Math.floor(random() * 3)}`

/** The entry number `index`, drawn from `random`. */
function corpusEntry(random: Random, index: number): SearchDocument {
  const type = pickType(random)
  const topic = pickTopic(random)
  const commune = pick(random, communes).name
  const words = 60 + Math.floor(random() * random() * 240) + Math.floor(random() * 40)
  return searchDocument({
    collection: collections[type],
    docId: String(index + 1),
    type,
    title: french(title(random, type, topic, commune, date(random), index)),
    text: french(text(random, topic, Math.min(300, words))),
    url: `/${collections[type]}/${index + 1}`,
    visibility: visibility(random, type),
  })
}

/** `size` entries in batches of `batchSize`, as `SearchEngine.replaceAll` takes them. */
export async function* benchCorpus({ size = 50_000, batchSize = 2_000, seed = 20_261_122 } = {}): AsyncGenerator<SearchDocument[]> {
  const random = prng(seed)
  for (let start = 0; start < size; start += batchSize) {
    const batch: SearchDocument[] = []
    for (let index = start; index < Math.min(size, start + batchSize); index++) batch.push(corpusEntry(random, index))
    yield batch
  }
}
