import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { recordId } from '@/http/recordId'
import type { Translate } from '@/i18n/translator'

import { refusalsIn } from './refusalLanguage'

/**
 * Payload hands a `where` to PostgreSQL as it comes: a word where a number or an id is expected, a value outside
 * a select's list, a NUL byte or `near` on a text column make the database fail, and the visitor gets a 500.
 * That is as true of a path through a relationship (`meeting.status`, `owner.id`) as of a plain field, and of a
 * `where` from the query string, a form body sent with a method override, or GraphQL arguments. This walks each
 * path field by field (relationships, groups, arrays, blocks) and checks the operator against the last field's
 * type and the value's shape. It says, in `t`'s language, what is wrong, or null when PostgreSQL can run the query.
 */
export function whereProblem(
  where: unknown,
  collection: SanitizedCollectionConfig,
  config: SanitizedConfig,
  t: Translate = refusalsIn(),
): string | null {
  return checkWhere(where, collection.flattenedFields, config, 0, t)
}

/** The same, for the version documents of a collection (`/api/<collection>/versions?where[version.title]…`). */
export function versionWhereProblem(
  where: unknown,
  collection: SanitizedCollectionConfig,
  config: SanitizedConfig,
  t: Translate = refusalsIn(),
): string | null {
  return checkWhere(where, versionFields(collection), config, 0, t)
}

/**
 * Payload hands `findVersions` to this hook as a plain 'read' (its operationToHookOperation), so a read may be a
 * query on the versions: a filter that fits the versions (`parent`, `version.…`) passes on a collection that keeps
 * them. Only code reaches this with such a filter (a hook reading a guide's versions within a REST save); a client's
 * /versions query is checked before, on its route (queryChecks).
 */
export function whereProblemFor(
  operation: string,
  where: unknown,
  collection: SanitizedCollectionConfig,
  config: SanitizedConfig,
  t: Translate = refusalsIn(),
): string | null {
  if (operation === 'findVersions' || operation === 'countVersions') return versionWhereProblem(where, collection, config, t)
  const problem = whereProblem(where, collection, config, t)
  if (problem && operation === 'read' && collection.versions && !versionWhereProblem(where, collection, config)) return null
  return problem
}

// Plain-text operators, by the type of the column they end on.
const comparable = ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const textual = [...comparable, 'like', 'contains', 'not_like', 'all']
const operatorsOf: Record<string, string[]> = {
  id: comparable,
  text: textual,
  textarea: textual,
  email: textual,
  code: textual,
  json: textual,
  richText: ['like', 'contains', 'not_like', 'exists'],
  number: [...comparable, 'all'],
  date: comparable,
  select: ['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains', 'all'],
  radio: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
  checkbox: ['equals', 'not_equals', 'exists'],
  relationship: ['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains', 'all'],
  upload: ['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains', 'all'],
  point: ['near', 'within', 'intersects', 'exists'],
  polymorphic: ['equals', 'not_equals', 'in', 'not_in', 'exists'],
}

type Leaf = { kind: string; field?: FlattenedField; relatedTo?: string }

const idLeaf: Leaf = { kind: 'id' }
const statusOptions = ['draft', 'published']
/** The refusal of a path that names no field, or one the caller may not read (the same words, so as not to tell them apart). */
export const unknownPath = (path: string, t: Translate = refusalsIn()) => t('where.unknownPath', { path })
/** Deep enough for any real query (the admin panel nests two levels); a deeper one is hostile. */
const maxDepth = 6

function checkWhere(where: unknown, fields: FlattenedField[], config: SanitizedConfig, depth: number, t: Translate): string | null {
  const malformed = t('where.malformed')
  if (depth > maxDepth) return malformed
  if (!where || typeof where !== 'object' || Array.isArray(where)) return malformed
  for (const [key, condition] of Object.entries(where)) {
    if (key.includes('\u0000')) return t('nulInQuery')
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const parts = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : null
      if (!parts) return malformed
      for (const part of parts) {
        const problem = checkWhere(part, fields, config, depth + 1, t)
        if (problem) return problem
      }
      continue
    }
    // GraphQL writes nested paths with "__" ("group__field").
    const path = key === '_id' ? 'id' : key.replace(/__/g, '.')
    const leaf = resolvePath(path.split('.'), fields, config)
    if (!leaf) return unknownPath(key, t)
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return t('where.malformedOn', { key })
    for (const [operator, value] of Object.entries(condition)) {
      const problem = operatorProblem(key, leaf, operator, value, config, depth, t)
      if (problem) return problem
    }
  }
  return null
}

/** The field a dotted path ends on, walking through relationships, groups, arrays, tabs and blocks; null if there is none. */
function resolvePath(segments: string[], fields: FlattenedField[], config: SanitizedConfig): Leaf | null {
  const [name, ...rest] = segments
  if (!name) return null
  if (name === 'id') return rest.length ? null : idLeaf
  const field = fields.find((f) => f.name === name)
  if (!field) return null
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        // Polymorphic: `field`, `field.value` (an id) or `field.relationTo` (a collection slug).
        if (!rest.length) return { kind: 'polymorphic', field }
        if (rest.length === 1 && rest[0] === 'value') return idLeaf
        if (rest.length === 1 && rest[0] === 'relationTo')
          return { kind: 'select', field: { ...field, type: 'select', options: field.relationTo } as unknown as FlattenedField }
        return null
      }
      if (!rest.length) return { kind: field.type, field, relatedTo: field.relationTo }
      const related = config.collections.find((c) => c.slug === field.relationTo)
      return related ? resolvePath(rest, related.flattenedFields, config) : null
    }
    case 'join': {
      const related = config.collections.find((c) => c.slug === field.collection)
      if (!rest.length || !related) return null
      return resolvePath(rest, related.flattenedFields, config)
    }
    case 'group':
    case 'array':
    case 'tab':
      return rest.length ? resolvePath(rest, field.flattenedFields, config) : field.type === 'array' ? { kind: 'exists-only' } : null
    case 'blocks': {
      if (!rest.length) return { kind: 'exists-only' }
      if (rest.length === 1 && (rest[0] === 'blockType' || rest[0] === 'blockName')) return { kind: 'text' }
      const blocks = field.blocks.length ? field.blocks : []
      for (const block of blocks) {
        const leaf = resolvePath(rest, block.flattenedFields, config)
        if (leaf) return leaf
      }
      return null
    }
    case 'json':
      // JSON columns are queried by any path inside them; their values are compared as text.
      return { kind: 'json', field }
    default:
      if (rest.length) return null
      if (name === '_status' && field.type === 'select')
        return { kind: 'select', field: { ...field, options: statusOptions } as FlattenedField }
      return { kind: field.type, field }
  }
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value])

const isBoolean = (value: unknown) => value === true || value === false || value === 'true' || value === 'false'
const isScalar = (value: unknown) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'

/** Whether one value suits the column (for `in`, each item of the list). */
function valueFits(leaf: Leaf, value: unknown): boolean {
  if (value === null || value === 'null') return true
  if (typeof value === 'string' && value.includes('\u0000')) return false
  if (!isScalar(value)) return false
  const text = String(value)
  switch (leaf.kind) {
    case 'id':
    case 'relationship':
    case 'upload':
    case 'polymorphic':
      return recordId(typeof value === 'number' ? value : text) !== null
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text))
    case 'date':
      return typeof value !== 'boolean' && !Number.isNaN(new Date(typeof value === 'number' ? value : text).getTime())
    case 'checkbox':
      return isBoolean(value)
    case 'select':
    case 'radio': {
      const options = (leaf.field as { options?: (string | { value: string })[] } | undefined)?.options ?? []
      return options.some((option) => (typeof option === 'string' ? option : option.value) === text)
    }
    default:
      return true
  }
}

/** A longitude, latitude and optional distances, as "7.3,46.2,1000" or a list of numbers. */
const nearFits = (value: unknown) => {
  const parts = listOf(value)
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => isScalar(p) && String(p).trim() !== '' && Number.isFinite(Number(p)))
}

function operatorProblem(
  key: string,
  leaf: Leaf,
  operator: string,
  value: unknown,
  config: SanitizedConfig,
  depth: number,
  t: Translate,
): string | null {
  const allowed = leaf.kind === 'exists-only' ? ['exists'] : operatorsOf[leaf.kind]
  const hasMany = Boolean(leaf.field && 'hasMany' in leaf.field && leaf.field.hasMany)
  if (!allowed || !allowed.includes(operator) || (operator === 'all' && !hasMany)) return t('where.operatorNotFor', { operator, key })
  const impossible = t('where.impossibleValue', { key })
  if (operator === 'exists') return isBoolean(value) ? null : t('where.existsWantsBoolean', { key })
  if (operator === 'near') return nearFits(value) ? null : impossible
  if (operator === 'within' || operator === 'intersects')
    return value && typeof value === 'object' && !Array.isArray(value) ? null : impossible
  // A has-many relationship may be filtered by what its documents hold: `contains` with a `where` of the related collection.
  if (operator === 'contains' && leaf.relatedTo && value && typeof value === 'object' && !Array.isArray(value)) {
    const related = config.collections.find((c) => c.slug === leaf.relatedTo)
    return related && hasMany ? checkWhere(value, related.flattenedFields, config, depth + 1, t) : impossible
  }
  const textSearch =
    ['like', 'not_like'].includes(operator) || (operator === 'contains' && !['select', 'relationship', 'upload'].includes(leaf.kind))
  if (textSearch) {
    if (!isScalar(value)) return t('where.wantsText', { operator, key })
    return String(value).includes('\u0000') ? t('nulInQuery') : null
  }
  // `contains` on a relationship takes one id: given a list, Payload's query fails (a 500).
  if (operator === 'contains' && listOf(value).length > 1) return t('where.wantsOneId', { key })
  const values = ['in', 'not_in', 'all'].includes(operator) ? listOf(value) : [value]
  if (values.length > 1000) return t('where.tooManyValues', { key })
  return values.every((v) => valueFits(leaf, v)) ? null : impossible
}

/** What Payload lets one query on a collection's versions: the version's own fields under `version.`, and its bookkeeping. */
function versionFields(collection: SanitizedCollectionConfig): FlattenedField[] {
  const field = (name: string, type: string, extra: object = {}) => ({ name, type, ...extra }) as unknown as FlattenedField
  return [
    field('parent', 'relationship', { relationTo: collection.slug }),
    field('version', 'group', { flattenedFields: collection.flattenedFields }),
    field('createdAt', 'date'),
    field('updatedAt', 'date'),
    field('latest', 'checkbox'),
    field('autosave', 'checkbox'),
    field('snapshot', 'checkbox'),
    field('publishedLocale', 'text'),
  ]
}
