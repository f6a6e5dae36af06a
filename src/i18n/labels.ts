import { messagesFor, type Messages } from './catalogue'
import { type Locale, locales, type UiLocale } from './locales'

/** The message at a dotted key of a language's catalogue; throws on a missing key, so a typo fails at start. */
export function messageAt(locale: UiLocale, key: string): string {
  const value = key
    .split('.')
    .reduce<Messages | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), messagesFor(locale))
  if (typeof value !== 'string') throw new Error(`Missing message (${locale}): ${key}`)
  return value
}

/**
 * A label in every language, for Payload's admin (collection, field and option labels accept `{ fr, de }`), from the
 * catalogues: `label('admin.users.locale')`.
 */
export const label = (key: string): Record<Locale, string> =>
  Object.fromEntries(locales.map((locale) => [locale, messageAt(locale, key)])) as Record<Locale, string>

/** Select options whose labels come from the catalogues: `localizedOptions(['fr', 'de'], 'admin.languages')`. */
export const localizedOptions = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ value, label: label(`${prefix}.${value}`) }))
