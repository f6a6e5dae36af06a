import type { UiLocale } from '@/i18n/locales'
import { defaultLabels, vocabularyIn } from '@/i18n/vocabulary'

/** The kinds of watch item (veille), in the order the filters list them (labels: vocab.watch.kinds). */
export const watchKindKeys = ['cybersecurite', 'outils', 'inclusion', 'arvr-canton', 'retour-experience'] as const

export type WatchKind = (typeof watchKindKeys)[number]

/** The kinds with their labels in the default language, for code not yet translated (pages read vocab.watch.kinds). */
export const watchKinds = defaultLabels(watchKindKeys, 'vocab.watch.kinds')

/** The kinds with their labels in a language. */
export const watchKindLabels = (locale: UiLocale) => vocabularyIn(locale, watchKindKeys, 'vocab.watch.kinds')

export const isWatchKind = (value: unknown): value is WatchKind => typeof value === 'string' && Object.hasOwn(watchKinds, value)

/** The measures of the strategy (ANNEXE III) that ask for an active watch: 21 (tools), 23 (cybersecurity), 24 (inclusion). */
export const watchMeasures = [21, 23, 24] as const
