/** The kinds of watch items (veille) and their French labels: filters, feeds and what a member follows. */
export const watchKinds = {
  cybersecurite: 'Cybersécurité',
  outils: 'Outils et cyberadministration',
  inclusion: 'Inclusion numérique',
  'arvr-canton': 'ARVr et Canton',
  'retour-experience': 'Retour d’expérience',
} as const

export type WatchKind = keyof typeof watchKinds
