import { messageAt } from '@/i18n/labels'
import { locales } from '@/i18n/locales'
import { mapText } from '@/richtext/nodes'

/**
 * What Relais knows of the commune of the person who downloads a template. `null` for a coordinator or someone
 * without a commune: their document keeps the placeholders.
 */
export type Prefill = { commune: string; referent: string | null } | null

/**
 * The placeholders Relais fills in, as the templates write them in each language (between « » or bare):
 * `templates.placeholders` of the catalogues (« [nom de la commune] », « [Name der Gemeinde] »). Other passages
 * between brackets (« [date] », « [nom] »…) mean something only the commune knows and stay as they are.
 */
export const placeholders = {
  commune: locales.map((locale) => messageAt(locale, 'templates.placeholders.commune')),
  referent: locales.map((locale) => messageAt(locale, 'templates.placeholders.referent')),
} as const

const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pattern = (words: string[]) =>
  new RegExp(`(?:[«„][\\s\\u00a0\\u202f]*)?\\[(?:${words.map(escape).join('|')})\\](?:[\\s\\u00a0\\u202f]*[»“])?`, 'giu')

/** The text with the placeholders Relais knows replaced; unknown ones (no référent in the register) stay. */
export function fillText(text: string, prefill: Prefill): string {
  if (!prefill) return text
  let filled = text.replace(pattern(placeholders.commune), () => prefill.commune)
  if (prefill.referent) filled = filled.replace(pattern(placeholders.referent), () => prefill.referent as string)
  return filled
}

/** A copy of a template's rich text with the placeholders filled in for the commune. */
export const prefillRichText = <T>(state: T, prefill: Prefill): T => (prefill ? mapText(state, (text) => fillText(text, prefill)) : state)
