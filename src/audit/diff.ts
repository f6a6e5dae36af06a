import type { FlattenedField } from 'payload'

import type { FieldChange } from './record'

/** Never in the trail, whatever collection they belong to (names Payload and Relais use for secrets). */
const secret = /password|token|secret|salt|hash|sessions|apiKey/i
/** Bookkeeping, not content: who typed the entry and when is the trail's own business. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', 'recordedBy', 'recordedByName', 'createdBy'])

/** A value as the trail stores it: relations as ids, array rows without their generated ids, no undefined. */
export function plain(value: unknown): unknown {
  if (value === undefined) return null
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated relation: its id is enough.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, plain(v)]),
    )
  }
  return value
}

const same = (a: unknown, b: unknown) => JSON.stringify(plain(a)) === JSON.stringify(plain(b))
const empty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)
// On a creation or a deletion, an unticked box says nothing worth a line.
const blank = (value: unknown) => empty(value) || value === false

/** Payload's own fields (the e-mail of an account) come without a French label. */
const frenchLabels: Record<string, string> = { email: 'E-mail' }

/**
 * A label as stored in the audit trail: the French of a `{ fr, de }` label (the trail is written once, in the
 * language of the sources; src/i18n/labels.ts), the text of a plain one, else `fallback`.
 */
export function storedLabel(label: unknown, fallback: string): string {
  if (typeof label === 'string') return label
  const french = (label as Record<string, unknown> | null | undefined)?.fr
  return typeof french === 'string' ? french : fallback
}

/** The fields worth comparing: every data field of the collection, or those named, minus secrets and bookkeeping. */
export function auditedFields(fields: FlattenedField[], only?: readonly string[]): { name: string; label: string }[] {
  return fields
    .filter((field) => !secret.test(field.name) && !bookkeeping.has(field.name) && (!only || only.includes(field.name)))
    .filter((field) => !('hidden' in field && field.hidden) && !field.admin?.hidden)
    .map((field) => ({ name: field.name, label: frenchLabels[field.name] ?? storedLabel(field.label, field.name) }))
}

/** Field-level before → after; for a creation `before` is empty, for a deletion `after` is. */
export function fieldChanges(
  fields: { name: string; label: string }[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  return fields.flatMap(({ name, label }) => {
    const from = before?.[name]
    const to = after?.[name]
    if (same(from, to) || (empty(from) && empty(to))) return []
    if ((before === null && blank(to)) || (after === null && blank(from))) return []
    return [{ field: name, label, before: plain(from), after: plain(to) }]
  })
}
