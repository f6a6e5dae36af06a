import type { Field } from 'payload'

import type { Translate } from '@/i18n/translator'

import { refusalsIn } from './refusalLanguage'

type DataField = Extract<Field, { name: string }>

/** Top-level data fields of `fields`: named fields, and the fields of unnamed rows, collapsibles and tabs. */
export function dataFields(fields: Field[]): DataField[] {
  return fields.flatMap((field): DataField[] => {
    if ('name' in field && field.name) return [field as DataField]
    if ('fields' in field) return dataFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : dataFields(tab.fields)))
    return []
  })
}

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^\d+$/.test(value))
const isRef = (value: unknown) => isId(value) || (typeof value === 'object' && value !== null && isId((value as { id?: unknown }).id))

/**
 * Payload coerces or passes through values of the wrong JSON type (a number saved as a name, a text id reaching
 * PostgreSQL as an integer). This says, in `t`'s language, what is wrong with `value` for `field`, or null.
 */
export function typeProblem(field: DataField, value: unknown, t: Translate = refusalsIn()): string | null {
  if (value === null || value === undefined) return null
  const many = 'hasMany' in field && field.hasMany
  // The message key of what was expected: `<kind>`, or `<kind>List` for a has-many field.
  const each = (check: (v: unknown) => boolean, kind: string) => {
    if (many) return Array.isArray(value) && value.every(check) ? null : `${kind}List`
    return check(value) ? null : kind
  }
  let expected: string | null = null
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'date':
    case 'radio':
      expected = each((v) => typeof v === 'string', 'text')
      break
    case 'select':
      expected = each((v) => typeof v === 'string', 'option')
      break
    case 'number':
      expected = each((v) => typeof v === 'number' && Number.isFinite(v), 'number')
      break
    case 'checkbox':
      expected = typeof value === 'boolean' ? null : 'boolean'
      break
    case 'relationship':
    case 'upload':
      expected = each(isRef, 'id')
      break
    case 'array':
    case 'blocks':
      // The admin panel sends an empty list as its row count, 0.
      expected = Array.isArray(value) || value === 0 ? null : 'list'
      break
    case 'group':
    case 'richText':
    case 'json':
    case 'point':
      expected = null
      break
  }
  return expected && t(`field.${expected}`, { field: field.name })
}

export const validId = isId
