/** Where a tool runs (issue 23): on the commune's premises, at its provider's, or in a cloud service. */
export const hostings = {
  'sur-site': 'Sur site',
  prestataire: 'Chez le prestataire',
  cloud: 'Dans le cloud',
} as const

export type Hosting = keyof typeof hostings

/** The référent's rating of a tool, from 1 (à éviter) to 5 (excellent). */
export const ratings = {
  '5': '5 — excellent',
  '4': '4 — bon',
  '3': '3 — correct',
  '2': '2 — insuffisant',
  '1': '1 — à éviter',
} as const

/**
 * The anonymity threshold of « Qui utilise quoi » (docs/access.md): a count of communes under it is shown as
 * « moins de 3 », and nothing that communes unwilling to be contacted said (their ratings, their comments) is shown
 * for a product fewer than this many communes use.
 */
export const minimumCommunes = 3

/** The oldest year a tool can be « en service depuis ». */
export const firstYear = 1970
