/** Labels of the guides, shared by the collection, the pages and the seed. */

export const guideThemes = {
  sauvegardes: 'Sauvegardes',
  'mots-de-passe': 'Mots de passe',
  incident: 'Cyberattaque et incident',
  nommage: 'Nommage des documents',
  archivage: 'Cycle de vie et archivage',
  continuite: 'Continuité des activités',
  'protection-donnees': 'Protection des données',
  phishing: 'Hameçonnage (phishing)',
  inclusion: 'Inclusion numérique',
  'numerique-durable': 'Numérique durable',
  digitalisation: 'Digitalisation des processus',
} as const
export type GuideTheme = keyof typeof guideThemes

/** Who a guide is written for; events reuse these audiences. */
export const audiences = {
  decideurs: 'Décideurs politiques',
  personnel: 'Personnel administratif',
  informatique: 'Responsables informatiques',
} as const
export type Audience = keyof typeof audiences
