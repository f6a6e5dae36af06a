/**
 * The relevance set: what commune staff type into the search box, and the title(s) of what they are looking
 * for, written from the seed content (seed/content/) and the source documents (/work/shared/seeds), not from
 * what an engine returned. A query succeeds when one of its expected results is in the first three; its
 * reciprocal rank is 1 / the rank of the first expected result (0 beyond the first page).
 * Run on the seeded index by tests/int/search-relevance.int.spec.ts, for every engine.
 */

export type RelevanceCase = { q: string; expected: string[] }

const sauvegardes = 'Sauvegardes et tests de restauration'
const incident = 'Que faire en cas de cyberattaque ? La première heure'
const incidentFaq = 'Que faire si notre commune subit une cyberattaque ?'
const phishing = 'Reconnaître le hameçonnage'
const motsDePasse = 'Mots de passe et authentification'
const continuite = 'Continuité des activités'
const archivage = 'Cycle de vie des documents et archivage'
const nommage = 'Nommer et classer les documents'
const protection = 'Protection des données : les bons gestes par métier'
const inclusion = 'Éviter l’exclusion numérique, au guichet comme au bureau'
const durable = 'Numérique durable : fiches pratiques'
const processus = 'Digitaliser un processus communal : étapes, calendrier et coûts'
const mesure = (n: number, title: string) => `Mesure ${n} : ${title}`
const contrat = (point: string) => `Contrat informatique : ${point}`

export const relevanceSet: RelevanceCase[] = [
  // Backups (guide « Sauvegardes », measure 1)
  { q: 'backup', expected: [sauvegardes] },
  { q: 'sauvegarde', expected: [sauvegardes] },
  { q: 'sauvegardes', expected: [sauvegardes] },
  { q: 'comment faire une sauvegarde ?', expected: [sauvegardes] },
  { q: 'tester la restauration', expected: [sauvegardes, contrat('Sauvegardes et tests de restauration')] },
  { q: 'règle 3-2-1', expected: [sauvegardes] },
  {
    q: 'notre prestataire fait les sauvegardes',
    expected: ['Notre prestataire s’occupe des sauvegardes : est-ce suffisant ?', sauvegardes],
  },
  { q: 'ransomware', expected: [sauvegardes, incident] },
  { q: 'rançongiciel', expected: [sauvegardes, incident] },
  // Phishing (guide, measures 12 and 29)
  { q: 'phishing', expected: [phishing] },
  { q: 'hameçonnage', expected: [phishing] },
  { q: 'hameconnage', expected: [phishing] },
  { q: 'message frauduleux', expected: [phishing] },
  { q: 'test de phishing', expected: [mesure(29, 'Organisation de tests de phishing'), 'Campagnes de tests de phishing'] },
  // Cyber incidents (guide, FAQ 12, measures 15 and 30)
  { q: 'piratage', expected: [incident, incidentFaq] },
  { q: 'que faire en cas de piratage', expected: [incident, incidentFaq] },
  { q: 'on a été piratés', expected: [incident, incidentFaq] },
  { q: 'cyberattaque', expected: [incident, incidentFaq] },
  { q: 'attaque informatique', expected: [incident, incidentFaq] },
  {
    q: 'cellule de réaction rapide',
    expected: [
      'Cellule de réaction rapide 24/7 en cas de cyberattaque',
      mesure(
        30,
        "Collaboration avec le Service de la sécurité civile et militaire pour la mise en place d'une cellule de réaction rapide en cas de cyberattaque",
      ),
    ],
  },
  { q: 'annonce des incidents de sécurité', expected: [contrat('Sécurité et annonce des incidents'), incident] },
  // Passwords (guide, measure 5)
  { q: 'mot de passe', expected: [motsDePasse] },
  { q: 'mdp', expected: [motsDePasse] },
  { q: 'mot de pase', expected: [motsDePasse] },
  { q: 'password', expected: [motsDePasse] },
  { q: 'gestionnaire de mots de passe', expected: [motsDePasse] },
  { q: 'double authentification', expected: [motsDePasse] },
  { q: '2FA', expected: [motsDePasse] },
  { q: 'partager mon compte avec un collègue', expected: ['Puis-je partager mon compte avec un·e collègue ?'] },
  // Continuity (guide, measure 13)
  {
    q: 'plan de continuité',
    expected: [continuite, mesure(13, "Guide des bonnes pratiques de continuité de l'activité métier en cas de sinistre informatique")],
  },
  { q: 'PCA', expected: [continuite] },
  { q: 'panne informatique', expected: [continuite, sauvegardes] },
  // Archives and naming (guides of measures 3 and 9)
  { q: 'archivage', expected: [archivage, mesure(9, 'Guide pour la gestion du cycle de vie des données et leur archivage')] },
  { q: 'calendrier de conservation', expected: [archivage] },
  { q: 'nommer les fichiers', expected: [nommage] },
  {
    q: 'nommage des documents',
    expected: [nommage, mesure(3, "Guide des bonnes pratiques de nommage universel des documents à l'interne d'une administration")],
  },
  { q: 'fiche de poste archiviste', expected: ['Cahier des charges : responsable des archives communales'] },
  // Data protection (guide of measure 14, contract point, actors)
  { q: 'protection des données', expected: [protection, contrat('Protection des données (LIPDA et nLPD)')] },
  { q: 'RGPD', expected: [protection, contrat('Protection des données (LIPDA et nLPD)')] },
  { q: 'LIPDA', expected: [contrat('Protection des données (LIPDA et nLPD)'), protection] },
  {
    q: 'préposé à la protection des données',
    expected: ['Préposé cantonal à la protection des données', 'Cahier des charges : conseiller·ère à la protection des données'],
  },
  { q: 'données personnelles', expected: [protection] },
  // Digital exclusion, sustainability, processes (measures 16, 17, 28)
  {
    q: 'exclusion numérique',
    expected: [
      inclusion,
      mesure(16, "Points d'attention et bonnes pratiques sur le « comment éviter l'exclusion digitale » interne comme externe"),
    ],
  },
  {
    q: 'exclusion digitale',
    expected: [
      mesure(16, "Points d'attention et bonnes pratiques sur le « comment éviter l'exclusion digitale » interne comme externe"),
      inclusion,
    ],
  },
  { q: 'numérique durable', expected: [durable, mesure(17, 'Guide des bonnes pratiques pour une digitalisation durable')] },
  { q: 'réduire les impressions', expected: [durable] },
  {
    q: 'digitaliser un processus',
    expected: [
      processus,
      mesure(
        28,
        'Guide pour la digitalisation de divers processus communaux (étapes, calendrier, coûts): ordres de grandeur pour une démarche minimale',
      ),
    ],
  },
  {
    q: 'numériser une démarche',
    expected: [
      processus,
      mesure(
        28,
        'Guide pour la digitalisation de divers processus communaux (étapes, calendrier, coûts): ordres de grandeur pour une démarche minimale',
      ),
    ],
  },
  // Strategy and governance (FAQ, committees, templates)
  { q: 'qui pilote la stratégie numérique', expected: ['Qui pilote la stratégie ?'] },
  { q: 'stratégie numérique 2022-25', expected: ['Qu’est-ce que la stratégie numérique 2022–25 de l’ARVr ?'] },
  { q: 'COPIL', expected: ['Comité ARVr', 'COPIL, COTEC, COTECH : de quoi parle-t-on ?'] },
  { q: 'qui siège au cotech', expected: ['Qui siège au COTECH et que fait-il ?', 'Comité technique (COTECH)'] },
  { q: 'priorités A B C', expected: ['Que signifient les priorités A, B et C des mesures ?'] },
  { q: 'combien coûte la stratégie', expected: ['Combien la stratégie coûte-t-elle aux communes ?'] },
  { q: 'budget informatique de la commune', expected: ['Quel budget une commune devrait-elle prévoir pour son propre numérique ?'] },
  {
    q: 'référent numérique',
    expected: ['Qu’est-ce qu’un référent numérique communal ?', 'Cahier des charges : référent·e numérique communal·e'],
  },
  {
    q: 'journal des incidents',
    expected: ['Ma commune doit-elle tenir un journal des décisions et des incidents ?', 'Note interne : pilotage numérique communal'],
  },
  { q: 'modèle de stratégie numérique', expected: ['Stratégie numérique communale (modèle pour petites communes)'] },
  { q: 'cahier des charges responsable informatique', expected: ['Cahier des charges : responsable informatique communal·e'] },
  { q: 'obtenir un compte', expected: ['Comment obtenir un compte, et qui le valide ?'] },
  { q: 'c’est quoi Relais', expected: ['Qu’est-ce que Relais ?'] },
  // IT contracts (the 11 points, FAQ 16, measure 11)
  {
    q: 'que vérifier dans un contrat informatique',
    expected: [
      'Que vérifier dans le contrat avec notre prestataire ?',
      mesure(11, "Eléments clés d'un contrat liant les administrations communales aux prestataires externes"),
    ],
  },
  { q: 'résilier le contrat', expected: [contrat('Durée et résiliation')] },
  { q: 'changer de prestataire', expected: [contrat('Réversibilité et sortie du contrat')] },
  { q: 'où sont hébergées nos données', expected: [contrat('Localisation des données')] },
  { q: 'sous-traitants', expected: [contrat('Sous-traitants')] },
  { q: 'augmentation des prix', expected: [contrat('Évolution des prix')] },
  { q: 'niveau de service', expected: [contrat('Niveau de service')] },
  { q: 'propriété des données', expected: [contrat('Propriété des données')] },
  // The map: initiatives and actors
  {
    q: 'guichet numérique cantonal',
    expected: [
      'Guichet numérique cantonal (portail citoyens / entreprises)',
      mesure(19, "Guide pour l'utilisation du guichet numérique cantonal pour les communes"),
    ],
  },
  { q: 'SmarTer', expected: ['SmarTer (Smart Territories)'] },
  {
    q: 'cockpit communal',
    expected: [
      'Indicateurs politiques et cockpit communal de base',
      mesure(
        38,
        "Développement d'un cockpit communal de base, permettant de visualiser les données sélectionnées et les indicateurs retenus",
      ),
    ],
  },
  {
    q: 'statistiques par quartier',
    expected: [
      'Sous-zones statistiques à l’échelle du quartier ou du village',
      mesure(
        35,
        "Développement de sous-zones statistiques (échelle quartier ou village) permettant une granularité décisionnelle plus fine qu'actuellement",
      ),
    ],
  },
  { q: 'OFCS', expected: ['Office fédéral de la cybersécurité (OFCS)'] },
  { q: 'service cantonal de l’informatique', expected: ["Service cantonal de l'informatique (SCI)"] },
  { q: 'fédération des communes valaisannes', expected: ['Fédération des Communes Valaisannes (FCV)'] },
  {
    q: 'symposium digital',
    expected: [
      'Symposium « digital » annuel des communes',
      mesure(27, "Symposium « digital » annuel (ou à définir) à l'intention des communes, en collaboration avec le Canton et le RWO"),
    ],
  },
  {
    q: 'formation cybersécurité du personnel',
    expected: [
      'Existe-t-il des formations en cybersécurité pour le personnel communal ?',
      'Outil de formation en ligne à la cybersécurité pour le personnel communal',
      mesure(12, 'Outil de formation online lié à la cybersécurité à destination du personnel communal'),
    ],
  },
  {
    q: 'helpdesk 24/7',
    expected: [
      mesure(31, "Représentation des besoins communaux dans la mise en œuvre d'un HELPDESK 24/7 pour le portail citoyen / entreprises"),
    ],
  },
  { q: 'mesure 29', expected: [mesure(29, 'Organisation de tests de phishing')] },
  {
    q: 'valorisation des données communales',
    expected: [
      mesure(36, 'Soutenir les communes dans la valorisation de leurs données'),
      'Spécialiste des données au service des communes',
    ],
  },
]

export type RelevanceScore = { q: string; rank: number | null; results: string[] }

/** success@3 (share of queries with an expected result in the first three) and MRR (mean of 1 / first rank). */
export function relevanceMetrics(scores: RelevanceScore[]) {
  const successAt3 = scores.filter((s) => s.rank !== null && s.rank <= 3).length / scores.length
  const mrr = scores.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / scores.length
  return { successAt3, mrr }
}

/** The rank (1-based) of the first expected title among `titles`, or null. */
export const firstRank = (titles: string[], expected: string[]) => {
  const index = titles.findIndex((title) => expected.includes(title))
  return index < 0 ? null : index + 1
}
