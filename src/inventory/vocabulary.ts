import { defaultLabels } from '@/i18n/vocabulary'

/** Where a tool runs (issue 23): on the commune's premises, at its provider's, or in a cloud service. */
export const hostingKeys = ['sur-site', 'prestataire', 'cloud'] as const
export type Hosting = (typeof hostingKeys)[number]
/** Labels in the default language (translated pages read `vocab.inventory.hostings`). */
export const hostings = defaultLabels(hostingKeys, 'vocab.inventory.hostings')

/** The référent's rating of a tool, from 1 (à éviter) to 5 (excellent). */
export const ratingKeys = ['5', '4', '3', '2', '1'] as const
/** Labels in the default language (translated pages read `vocab.inventory.ratings`). */
export const ratings = defaultLabels(ratingKeys, 'vocab.inventory.ratings')

/**
 * The anonymity threshold of « Qui utilise quoi » (docs/access.md): a count of communes under it is shown as
 * « moins de 3 », and nothing that communes unwilling to be contacted said (their ratings, their comments) is shown
 * for a product fewer than this many communes use.
 */
export const minimumCommunes = 3

/** The oldest year a tool can be « en service depuis ». */
export const firstYear = 1970
