import { mapText } from '@/richtext/nodes'

/**
 * What Relais knows of the commune of the person who downloads a template. `null` for a coordinator or someone
 * without a commune: their document keeps the placeholders.
 */
export type Prefill = { commune: string; referent: string | null } | null

/**
 * The placeholders Relais fills in, as the templates write them (between « » or bare). Other passages between
 * brackets (« [date] », « [nom] »…) mean something only the commune knows and stay as they are.
 */
export const placeholders = {
  commune: 'nom de la commune',
  referent: 'prénom, nom, fonction',
} as const

const pattern = (words: string) =>
  new RegExp(`(?:«[\\s\\u00a0\\u202f]*)?\\[${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\](?:[\\s\\u00a0\\u202f]*»)?`, 'giu')

/** The text with the placeholders Relais knows replaced; unknown ones (no référent in the register) stay. */
export function fillText(text: string, prefill: Prefill): string {
  if (!prefill) return text
  let filled = text.replace(pattern(placeholders.commune), () => prefill.commune)
  if (prefill.referent) filled = filled.replace(pattern(placeholders.referent), () => prefill.referent as string)
  return filled
}

/** A copy of a template's rich text with the placeholders filled in for the commune. */
export const prefillRichText = <T>(state: T, prefill: Prefill): T => (prefill ? mapText(state, (text) => fillText(text, prefill)) : state)
