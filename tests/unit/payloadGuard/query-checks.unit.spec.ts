/**
 * The checks on a REST query string and its `where` filter (src/payloadGuard/queryChecks.ts, wherePaths.ts), on a
 * small hand-written sanitized config: only the fields these checks read (`slug`, `flattenedFields`) are given.
 * Over HTTP against the real config: bad-input.int.spec.ts and bad-input-fuzz.int.spec.ts.
 */
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { queryProblem } from '@/payloadGuard/queryChecks'
import { unknownPath, versionWhereProblem, whereProblem, whereProblemFor } from '@/payloadGuard/wherePaths'

const field = (name: string, type: string, extra: object = {}) => ({ name, type, ...extra }) as unknown as FlattenedField
const collection = (slug: string, flattenedFields: FlattenedField[]) => ({ slug, flattenedFields }) as unknown as SanitizedCollectionConfig

const users = collection('users', [field('email', 'email'), field('name', 'text')])
const committees = collection('committees', [field('name', 'text'), field('slug', 'text')])
const meetings = collection('meetings', [
  field('title', 'text'),
  field('status', 'select', { options: ['planned', { label: 'Tenue', value: 'held' }] }),
  field('_status', 'select', { options: [] }),
  field('startsAt', 'date'),
  field('durationMinutes', 'number'),
  field('published', 'checkbox'),
  field('committee', 'relationship', { relationTo: 'committees' }),
  field('attendees', 'relationship', { relationTo: 'users', hasMany: true }),
  field('owner', 'relationship', { relationTo: ['users', 'committees'] }),
  field('tags', 'select', { hasMany: true, options: ['budget', 'securite'] }),
  field('location', 'point'),
  field('details', 'group', { flattenedFields: [field('note', 'text')] }),
  field('items', 'array', { flattenedFields: [field('label', 'text'), field('minutes', 'number')] }),
  field('layout', 'blocks', { blocks: [{ slug: 'quote', flattenedFields: [field('quote', 'text')] }] }),
  field('data', 'json'),
  field('body', 'richText'),
])
const config = { collections: [users, committees, meetings] } as unknown as SanitizedConfig

const query = (search: string, versions = false) => queryProblem(search, meetings, config, versions)
const where = (filter: unknown) => whereProblem(filter, meetings, config)
const impossible = (key: string) => `Valeur impossible pour le champ « ${key} ».`
const notFor = (operator: string, key: string) => `Le filtre « ${operator} » ne s’applique pas au champ « ${key} ».`

describe('queryProblem', () => {
  it('lets ordinary lists through', () => {
    expect(query('?limit=10&page=2&depth=1&sort=-startsAt')).toBeNull()
    expect(query('?where[title][like]=cotec&where[status][in]=planned,held')).toBeNull()
    expect(query('')).toBeNull()
  })

  it('wants whole positive numbers for paging, and a page from 1', () => {
    for (const bad of ['?limit=abc', '?limit=-1', '?limit=1.5', '?limit=9999999', '?limit[]=1'])
      expect(query(bad), bad).toBe('Le paramètre « limit » doit être un nombre entier positif.')
    expect(query('?page=0')).toBe('Le paramètre « page » doit être un nombre entier positif.')
    expect(query('?depth=x')).toBe('Le paramètre « depth » doit être un nombre entier positif.')
    expect(query('?limit=0')).toBeNull()
  })

  it('refuses a NUL byte anywhere, even on Relais’s own endpoints', () => {
    expect(query('?q=a%00b')).toBe('La requête contient un caractère nul.')
    expect(queryProblem('?q=a\u0000b', undefined, config)).toBe('La requête contient un caractère nul.')
    expect(queryProblem('?limit=abc&where[nope][equals]=1', undefined, config)).toBeNull()
  })

  it('checks the `where` of versions against the version fields', () => {
    expect(query('?where[version.title][equals]=x', true)).toBeNull()
    expect(query('?where[latest][equals]=true&where[parent][equals]=3', true)).toBeNull()
    expect(query('?where[title][equals]=x', true)).toBe(unknownPath('title'))
    expect(versionWhereProblem({ parent: { equals: 'abc' } }, meetings, config)).toBe(impossible('parent'))
  })
})

describe('whereProblem', () => {
  it('names a path that leads to no field', () => {
    expect(where({ nope: { equals: 1 } })).toBe(unknownPath('nope'))
    expect(where({ 'committee.nope': { equals: 1 } })).toBe(unknownPath('committee.nope'))
    expect(where({ 'title.length': { equals: 1 } })).toBe(unknownPath('title.length'))
    expect(where({ 'id.x': { equals: 1 } })).toBe(unknownPath('id.x'))
  })

  it('walks relationships, groups, arrays, blocks and GraphQL’s "__" paths', () => {
    expect(where({ 'committee.name': { like: 'cotec' } })).toBeNull()
    expect(where({ 'committee.id': { equals: 3 } })).toBeNull()
    expect(where({ 'details.note': { contains: 'x' } })).toBeNull()
    expect(where({ details__note: { contains: 'x' } })).toBeNull()
    expect(where({ 'items.minutes': { greater_than: 5 } })).toBeNull()
    expect(where({ 'layout.quote': { like: 'x' } })).toBeNull()
    expect(where({ 'layout.blockType': { equals: 'quote' } })).toBeNull()
    expect(where({ 'data.any.path': { equals: 'x' } })).toBeNull()
    expect(where({ 'items.minutes': { greater_than: 'beaucoup' } })).toBe(impossible('items.minutes'))
  })

  it('checks each value against its column: numbers, dates, ids, booleans, a select’s options', () => {
    expect(where({ durationMinutes: { equals: 'abc' } })).toBe(impossible('durationMinutes'))
    expect(where({ durationMinutes: { equals: ' ' } })).toBe(impossible('durationMinutes'))
    expect(where({ durationMinutes: { less_than: '90' } })).toBeNull()
    expect(where({ startsAt: { greater_than: 'demain' } })).toBe(impossible('startsAt'))
    expect(where({ startsAt: { greater_than: '2027-01-01' } })).toBeNull()
    expect(where({ committee: { equals: 'abc' } })).toBe(impossible('committee'))
    expect(where({ committee: { equals: '99999999999' } })).toBe(impossible('committee'))
    expect(where({ committee: { in: '1,2,3' } })).toBeNull()
    expect(where({ id: { in: [1, 'x'] } })).toBe(impossible('id'))
    expect(where({ published: { equals: 'oui' } })).toBe(impossible('published'))
    expect(where({ published: { equals: 'true' } })).toBeNull()
    expect(where({ status: { equals: 'held' } })).toBeNull()
    expect(where({ status: { equals: 'cancelled' } })).toBe(impossible('status'))
    expect(where({ _status: { equals: 'published' } })).toBeNull()
    expect(where({ title: { equals: null } })).toBeNull()
    expect(where({ title: { equals: { nested: 1 } } })).toBe(impossible('title'))
  })

  it('allows only the operators the column’s type supports', () => {
    expect(where({ title: { near: '1,2' } })).toBe(notFor('near', 'title'))
    expect(where({ published: { like: 'x' } })).toBe(notFor('like', 'published'))
    expect(where({ title: { all: 'x' } })).toBe(notFor('all', 'title'))
    expect(where({ tags: { all: 'budget,securite' } })).toBeNull()
    expect(where({ items: { equals: 'x' } })).toBe(notFor('equals', 'items'))
    expect(where({ items: { exists: true } })).toBeNull()
    expect(where({ body: { equals: 'x' } })).toBe(notFor('equals', 'body'))
    expect(where({ title: { drop: 'x' } })).toBe(notFor('drop', 'title'))
  })

  it('reads `exists` as true or false, `near` as coordinates, text operators as text', () => {
    expect(where({ published: { exists: 'maybe' } })).toBe('Le filtre « exists » sur « published » attend true ou false.')
    expect(where({ location: { near: '7.3,46.2,1000' } })).toBeNull()
    expect(where({ location: { near: 'a,b' } })).toBe(impossible('location'))
    expect(where({ location: { near: '7.3' } })).toBe(impossible('location'))
    expect(where({ title: { like: ['a', 'b'] } })).toBe('Le filtre « like » sur « title » attend un texte.')
    expect(where({ title: { like: 'a\u0000' } })).toBe('La requête contient un caractère nul.')
  })

  it('reads a polymorphic relationship as an id, a `value` or a `relationTo`', () => {
    expect(where({ owner: { equals: 4 } })).toBeNull()
    expect(where({ 'owner.value': { equals: 'x' } })).toBe(impossible('owner.value'))
    expect(where({ 'owner.relationTo': { equals: 'users' } })).toBeNull()
    expect(where({ 'owner.relationTo': { equals: 'media' } })).toBe(impossible('owner.relationTo'))
    expect(where({ 'owner.email': { equals: 'x' } })).toBe(unknownPath('owner.email'))
  })

  it('checks a has-many relationship’s `contains` with a where of the related collection', () => {
    expect(where({ attendees: { contains: { email: { like: '@test.local' } } } })).toBeNull()
    expect(where({ attendees: { contains: { hash: { equals: 'x' } } } })).toBe(unknownPath('hash'))
    expect(where({ committee: { contains: { name: { equals: 'x' } } } })).toBe(impossible('committee'))
  })

  it('walks and/or in lists and in objects (qs writes both), case-insensitively', () => {
    expect(where({ or: [{ title: { equals: 'a' } }, { nope: { equals: 'b' } }] })).toBe(unknownPath('nope'))
    expect(where({ AND: { 0: { title: { equals: 'a' } }, 1: { durationMinutes: { equals: 'x' } } } })).toBe(impossible('durationMinutes'))
    expect(where({ and: 'x' })).toBe('Le filtre « where » est mal formé.')
  })

  it('refuses malformed and hostile shapes', () => {
    const malformed = 'Le filtre « where » est mal formé.'
    expect(where('title')).toBe(malformed)
    expect(where([{ title: { equals: 'a' } }])).toBe(malformed)
    expect(where({ title: 'a' })).toBe('Le filtre sur « title » est mal formé.')
    expect(where({ 'ti\u0000tle': { equals: 'a' } })).toBe('La requête contient un caractère nul.')
    let deep: unknown = { title: { equals: 'a' } }
    for (let level = 0; level < 6; level++) deep = { and: [deep] }
    expect(where(deep)).toBeNull()
    expect(where({ and: [deep] })).toBe(malformed)
    expect(where({ title: { in: Array.from({ length: 1001 }, (_, i) => `t${i}`) } })).toBe('Trop de valeurs pour le champ « title ».')
  })
})

describe('whereProblemFor', () => {
  // Payload hands findVersions to beforeOperation hooks as a plain 'read': a hook reading versions within a REST save.
  const versioned = { ...meetings, versions: { drafts: true } } as unknown as SanitizedCollectionConfig
  it('lets a read filter on the versions of a collection that keeps them, and nothing else', () => {
    const onVersions = { and: [{ parent: { equals: 3 } }, { 'version._status': { equals: 'published' } }] }
    expect(whereProblemFor('read', onVersions, versioned, config)).toBeNull()
    expect(whereProblemFor('read', onVersions, meetings, config)).toBe(unknownPath('parent'))
    expect(whereProblemFor('read', { nope: { equals: 1 } }, versioned, config)).toBe(unknownPath('nope'))
    expect(whereProblemFor('read', { parent: { equals: 'abc' } }, versioned, config)).not.toBeNull()
    expect(whereProblemFor('findVersions', { title: { equals: 'x' } }, versioned, config)).toBe(unknownPath('title'))
  })
})
