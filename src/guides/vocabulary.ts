/**
 * The guides' themes and audiences, shared by the collection, the pages and the seed. Their labels are in the
 * catalogues (messages/<lang>/vocab.guides.json: `themes.<value>`, `audiences.<value>`).
 */

export const guideThemes = [
  'sauvegardes',
  'mots-de-passe',
  'incident',
  'nommage',
  'archivage',
  'continuite',
  'protection-donnees',
  'phishing',
  'inclusion',
  'numerique-durable',
  'digitalisation',
] as const
export type GuideTheme = (typeof guideThemes)[number]

/** Who a guide is written for; events reuse these audiences. */
export const audiences = ['decideurs', 'personnel', 'informatique'] as const
export type Audience = (typeof audiences)[number]

export const isAudience = (value: unknown): value is Audience => (audiences as readonly unknown[]).includes(value)
