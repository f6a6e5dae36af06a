import type { UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

/**
 * The vocabularies of the map of initiatives (initiatives and actors), shared by collections, pages, filters and seed.
 * Their labels are in the catalogues (`vocab.map`): `mapLabels(locale)`.
 */

/** The institutional levels of an initiative, from the widest to the closest to the commune. */
export const levelKeys = ['federal', 'cantonal', 'regional', 'intercommunal', 'communal'] as const
export type Level = (typeof levelKeys)[number]

/** Actors sit on the same levels, plus the academic, associative and private partners of Figure 4. */
export const actorLevelKeys = [...levelKeys, 'partenaires'] as const
export type ActorLevel = (typeof actorLevelKeys)[number]

export const initiativeThemeKeys = [
  'cybersecurite',
  'guichet-virtuel',
  'donnees',
  'formation',
  'inclusion',
  'infrastructure',
  'gouvernance',
] as const
export type InitiativeTheme = (typeof initiativeThemeKeys)[number]

export const initiativeStatusKeys = ['en-preparation', 'en-cours', 'realisee', 'abandonnee'] as const
export type InitiativeStatus = (typeof initiativeStatusKeys)[number]

const labelsOf = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>

/** Every label of the map's vocabularies in one language (the catalogue `vocab.map`). */
export function mapLabels(locale: UiLocale) {
  const t = translatorFor(locale, 'vocab.map')
  return {
    levels: labelsOf(levelKeys, (key) => t(`levels.${key}`)),
    actorLevels: labelsOf(actorLevelKeys, (key) => t(`levels.${key}`)),
    themes: labelsOf(initiativeThemeKeys, (key) => t(`themes.${key}`)),
    statuses: labelsOf(initiativeStatusKeys, (key) => t(`statuses.${key}`)),
  }
}
export type MapLabels = ReturnType<typeof mapLabels>
