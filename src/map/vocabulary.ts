/** Labels of the map of initiatives (initiatives and actors), shared by collections, pages, filters and seed. */

/** The institutional levels of an initiative, from the widest to the closest to the commune. */
export const levels = {
  federal: 'Fédéral',
  cantonal: 'Cantonal',
  regional: 'Régional',
  intercommunal: 'Intercommunal',
  communal: 'Communal',
} as const
export type Level = keyof typeof levels

/** Actors sit on the same levels, plus the academic, associative and private partners of Figure 4. */
export const actorLevels = { ...levels, partenaires: 'Partenaires académiques, associatifs et privés' } as const
export type ActorLevel = keyof typeof actorLevels

export const initiativeThemes = {
  cybersecurite: 'Cybersécurité',
  'guichet-virtuel': 'Guichet virtuel et prestations en ligne',
  donnees: 'Données',
  formation: 'Formation',
  inclusion: 'Inclusion numérique',
  infrastructure: 'Infrastructure et services de base',
  gouvernance: 'Gouvernance et coordination',
} as const
export type InitiativeTheme = keyof typeof initiativeThemes

export const initiativeStatuses = {
  'en-preparation': 'En préparation',
  'en-cours': 'En cours',
  realisee: 'Réalisée',
  abandonnee: 'Abandonnée',
} as const
export type InitiativeStatus = keyof typeof initiativeStatuses
