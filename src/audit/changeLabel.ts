import type { FlattenedField, Payload } from 'payload'

import { contentLocale, pseudoLocale, type UiLocale } from '@/i18n/locales'

import type { FieldChange } from './record'

/**
 * A changed field's name as the reader reads it: the field's label in their language, from its collection's
 * configuration; else the label stored with the change (French: the trail is written once), for a field since removed.
 * In the test pseudo-language, marked as the catalogue's messages are.
 */
export function changeLabel(payload: Payload, collection: string, change: FieldChange, locale: UiLocale): string {
  const config = (payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>)[collection]?.config
  const field = config?.flattenedFields.find((candidate) => candidate.name === change.field)
  const label = field && 'label' in field ? (field.label as unknown) : undefined
  const written = typeof label === 'object' && label ? (label as Record<string, unknown>)[contentLocale(locale)] : undefined
  const text = typeof written === 'string' ? written : change.label
  return locale === pseudoLocale ? `⟦${text}⟧` : text
}
