import { messageAt } from './labels'
import { defaultLocale, type UiLocale } from './locales'

/**
 * A vocabulary's labels in one language, as a record `value → label` (a ChoiceSelect's choices, a lookup):
 * `labelsOf(Object.keys(watchKinds), t, 'kinds')` with `t = await getTranslations('vocab.watch')`.
 */
export const labelsOf = <K extends string>(keys: readonly K[], t: (key: string) => string, prefix: string): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>

/**
 * The same in the default language, read from its catalogue at start: for the exported records of the
 * vocabularies (`watchKinds`…) that code not yet translated still shows. Translated code asks the catalogue.
 */
export const defaultLabels = <K extends string>(keys: readonly K[], prefix: string): Record<K, string> =>
  labelsOf(keys, (key) => messageAt(defaultLocale, key), prefix)

/** The same in a given language (a page's, a recipient's). */
export const vocabularyIn = <K extends string>(locale: UiLocale, keys: readonly K[], prefix: string): Record<K, string> =>
  labelsOf(keys, (key) => messageAt(locale, key), prefix)
