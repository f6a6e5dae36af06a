import type { FlattenedField, SanitizedCollectionConfig } from 'payload'
import { parse } from 'qs-esm'

import { recordId } from './recordId'

/**
 * Payload hands a REST query's `where` to PostgreSQL as it comes: a word where a number or an id is expected, a
 * value outside a select's list, a NUL byte or `near` on a text column make the database fail, and the visitor
 * gets a 500. This says, in French, what is wrong with a query string, or null when PostgreSQL can run it.
 */
export function queryProblem(search: string, collection: SanitizedCollectionConfig | undefined): string | null {
  if (search.includes('%00') || search.includes('\u0000')) return 'La requête contient un caractère nul.'
  // Relais's own endpoints (search, feeds…) read their parameters themselves, with their own messages.
  if (!collection) return null
  const query = parse(search.replace(/^\?/, ''), { depth: 10, arrayLimit: 100 }) as Record<string, unknown>
  for (const name of ['limit', 'page', 'depth'] as const) {
    const value = query[name]
    if (value !== undefined && !(typeof value === 'string' && /^\d{1,6}$/.test(value) && (name !== 'page' || Number(value) >= 1)))
      return `Le paramètre « ${name} » doit être un nombre entier positif.`
  }
  if (query.where === undefined) return null
  return whereProblem(query.where, collection.flattenedFields)
}

const comparable = ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const operatorsOf: Record<string, string[]> = {
  text: [...comparable, 'like', 'contains', 'not_like'],
  textarea: [...comparable, 'like', 'contains', 'not_like'],
  email: [...comparable, 'like', 'contains', 'not_like'],
  code: [...comparable, 'like', 'contains', 'not_like'],
  richText: ['like', 'contains', 'not_like', 'exists'],
  number: comparable,
  date: comparable,
  select: ['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains'],
  radio: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  checkbox: ['equals', 'not_equals', 'exists'],
  relationship: ['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains'],
  upload: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  point: ['near', 'within', 'intersects', 'exists'],
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

/** Whether one value suits the field's column (for `in`, each item of the list). */
function valueFits(field: FlattenedField | 'id', value: unknown): boolean {
  if (value === null || value === 'null') return true
  if (typeof value !== 'string') return false
  if (field === 'id') return recordId(value) !== null
  switch (field.type) {
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value))
    case 'date':
      return !Number.isNaN(Date.parse(value))
    case 'checkbox':
      return value === 'true' || value === 'false'
    case 'relationship':
    case 'upload':
      return recordId(value) !== null
    case 'select':
    case 'radio':
      return field.options.some((option) => (typeof option === 'string' ? option : option.value) === value)
    default:
      return true
  }
}

function whereProblem(where: unknown, fields: FlattenedField[]): string | null {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return 'Le filtre « where » est mal formé.'
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const part of listOf(condition)) {
        const problem = whereProblem(part, fields)
        if (problem) return problem
      }
      continue
    }
    // Paths into groups, arrays and related documents ("commune.name") are checked by Payload itself.
    if (key.includes('.')) continue
    const field = key === 'id' ? 'id' : key === '_status' ? statusField : fields.find((f) => 'name' in f && f.name === key)
    if (!field) continue // Payload answers an unknown path with its own 400
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return `Le filtre sur « ${key} » est mal formé.`
    const type = field === 'id' ? 'number' : field.type
    for (const [operator, value] of Object.entries(condition)) {
      const allowed = operatorsOf[type]
      if (allowed && !allowed.includes(operator)) return `Le filtre « ${operator} » ne s’applique pas au champ « ${key} ».`
      if (operator === 'exists') {
        if (value !== 'true' && value !== 'false') return `Le filtre « exists » sur « ${key} » attend true ou false.`
        continue
      }
      if (['like', 'contains', 'not_like'].includes(operator) && type !== 'select' && type !== 'relationship') continue
      const values = ['in', 'not_in'].includes(operator) || (operator === 'contains' && type !== 'text') ? listOf(value) : [value]
      if (!values.every((v) => valueFits(field, v))) return `Valeur impossible pour le champ « ${key} ».`
    }
  }
  return null
}

const statusField = { name: '_status', type: 'select', options: ['draft', 'published'] } as unknown as FlattenedField
