/** The kinds of watch item (veille) and their French labels, in the order the filters list them. */
export const watchKinds = {
  cybersecurite: 'Cybersécurité',
  outils: 'Outils et cyberadministration',
  inclusion: 'Inclusion numérique',
  'arvr-canton': 'ARVr et Canton',
  'retour-experience': 'Retour d’expérience',
} as const

export type WatchKind = keyof typeof watchKinds

export const isWatchKind = (value: unknown): value is WatchKind => typeof value === 'string' && Object.hasOwn(watchKinds, value)

/** The measures of the strategy (ANNEXE III) that ask for an active watch: 21 (tools), 23 (cybersecurity), 24 (inclusion). */
export const watchMeasures = [21, 23, 24] as const
