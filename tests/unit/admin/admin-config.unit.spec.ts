/**
 * The admin panel's frame as payload.config.ts builds it, without a database: navigation groups, internal tables
 * hidden from editors, French labels, Swiss date formats in Zurich time, the API tab for administrators only.
 */
import type { ClientUser, Field, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { adminGroups } from '@/admin/navigation'
import { notShown } from '@/fields/zurich'

let config: SanitizedConfig
beforeAll(async () => {
  // Building the config connects to nothing: the adapter only needs an address.
  process.env.DATABASE_URL ??= 'postgres://nobody@127.0.0.1:1/none'
  config = await (await import('@payload-config')).default
}, 60_000)

const coordinator = { id: 1, roles: ['coordinator'] } as unknown as ClientUser
const admin = { id: 2, roles: ['admin'] } as unknown as ClientUser
const internal = ['account-events', 'measure-updates', 'checklist-progress', 'event-mailings']
// Payload's own tables (preferences, migrations, locks, jobs): never in the navigation.
const ours = () => config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
const ourGlobals = () => config.globals.filter((global) => !global.slug.startsWith('payload-'))

const hiddenFor = (collection: SanitizedCollectionConfig, user: ClientUser) => {
  const hidden = collection.admin.hidden
  return typeof hidden === 'function' ? hidden({ user }) : Boolean(hidden)
}

type DateLike = {
  name: string
  type: string
  timezone?: unknown
  hidden?: boolean
  admin?: { hidden?: boolean; date?: { displayFormat?: string } }
}
const dateFields = (fields: Field[]): DateLike[] =>
  fields.flatMap((field) => {
    // What the admin never shows (Payload's own sessions, bookkeeping) needs no format.
    if (notShown(field)) return []
    if (field.type === 'date') return [field as DateLike]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields))
    if ('fields' in field && Array.isArray(field.fields)) return dateFields(field.fields)
    return []
  })

describe('the admin panel’s frame', () => {
  it('groups every collection and the settings by what editors do', () => {
    const groups = [...ours(), ...ourGlobals()].map((entity: SanitizedCollectionConfig | SanitizedGlobalConfig) => [
      entity.slug,
      entity.admin.group,
    ])
    for (const [slug, group] of groups) expect(adminGroups, `${slug}: ${JSON.stringify(group)}`).toContainEqual(group)
    const visible = ours().filter((collection) => !hiddenFor(collection, coordinator))
    expect(new Set(visible.map((collection) => JSON.stringify(collection.admin.group)))).toEqual(
      new Set(adminGroups.map((group) => JSON.stringify(group))),
    )
  })

  it('hides the internal tables from editors, not from administrators', () => {
    for (const slug of internal) {
      const collection = config.collections.find((candidate) => candidate.slug === slug)!
      expect(hiddenFor(collection, coordinator), slug).toBe(true)
      expect(hiddenFor(collection, admin), slug).toBe(false)
    }
    for (const slug of ['guides', 'events', 'users', 'communes', 'initiatives', 'meetings'])
      expect(
        hiddenFor(
          config.collections.find((candidate) => candidate.slug === slug)!,
          coordinator,
        ),
        slug,
      ).toBe(false)
  })

  it('names every collection in French and German, singular and plural', () => {
    for (const collection of ours()) {
      for (const language of ['fr', 'de'] as const) {
        const { singular, plural } = collection.labels as unknown as Record<'singular' | 'plural', Record<string, string>>
        expect(singular[language], `${collection.slug} (${language})`).toMatch(/^[A-ZÀ-Ý]/)
        expect(plural[language], `${collection.slug} (${language})`).toMatch(/^[A-ZÀ-Ý]/)
      }
    }
  })

  it('shows dates the Swiss way, entered and shown in Zurich time whatever the browser’s zone', () => {
    expect(config.admin.dateFormat).toBe('dd.MM.yyyy HH:mm')
    expect(config.admin.timezones.supportedTimezones.map((zone) => zone.value)).toEqual(['Europe/Zurich'])
    expect(config.admin.timezones.defaultTimezone).toBe('Europe/Zurich')
    const entities = [...ours(), ...ourGlobals()]
    let checked = 0
    for (const entity of entities) {
      for (const field of dateFields(entity.fields)) {
        if (field.hidden || field.admin?.hidden) continue
        checked++
        expect(field.timezone, `${entity.slug}.${field.name}`).toBeTruthy()
        expect(field.admin?.date?.displayFormat, `${entity.slug}.${field.name}`).toMatch(/^dd\.MM\.yyyy( HH:mm)?$/)
      }
    }
    expect(checked).toBeGreaterThan(20)
    const startsAt = config.collections
      .find((collection) => collection.slug === 'events')!
      .flattenedFields.find((field) => field.name === 'startsAt_tz')
    expect(startsAt).toMatchObject({ type: 'select', defaultValue: 'Europe/Zurich' })
  })

  it('lists every collection’s creation and last change in Zurich time, in the same columns Payload would add', () => {
    for (const collection of ours()) {
      for (const name of ['createdAt', 'updatedAt']) {
        const field = collection.fields.find((candidate) => 'name' in candidate && candidate.name === name) as
          (DateLike & { index?: boolean; admin?: { components?: { Cell?: unknown } } }) | undefined
        expect(field, `${collection.slug}.${name}`).toMatchObject({ type: 'date', index: true })
        expect(field!.admin?.components?.Cell, `${collection.slug}.${name}`).toBe('/src/admin/ZurichDateCell#ZurichDateCell')
      }
    }
  })

  it('keeps the « API » tab for administrators', () => {
    for (const entity of [...ours(), ...ourGlobals()]) {
      const condition = entity.admin.components?.views?.edit?.api?.tab?.condition
      expect(condition, entity.slug).toBeTypeOf('function')
      const asks = (user: unknown) => condition!({ req: { user } } as never)
      expect(asks(coordinator), entity.slug).toBe(false)
      expect(asks(admin), entity.slug).toBe(true)
    }
  })

  it('shows no JSON or code field with Payload’s editor, which loads from a CDN the CSP refuses', () => {
    type Shown = { name?: string; type: string; admin?: { components?: { Field?: unknown } } }
    // Every field the admin may draw, at any depth (rows, groups, arrays, blocks, tabs), Payload's own tables included.
    const drawn = (fields: Field[]): Shown[] =>
      fields.flatMap((field): Shown[] => {
        if (notShown(field)) return []
        if (field.type === 'tabs') return field.tabs.flatMap((tab) => drawn(tab.fields))
        if (field.type === 'blocks') return (field.blocks ?? []).flatMap((block) => drawn(block.fields))
        if ('fields' in field && Array.isArray(field.fields)) return drawn(field.fields)
        return [field as Shown]
      })
    const entities = [...config.collections, ...config.globals].filter((entity) => {
      const hidden = entity.admin?.hidden
      return !(typeof hidden === 'function' ? hidden({ user: admin as never }) : hidden)
    })
    const editors = entities.flatMap((entity) =>
      drawn(entity.fields)
        .filter((field) => field.type === 'json' || field.type === 'code')
        .map((field) => [`${entity.slug}.${field.name}`, field.admin?.components?.Field]),
    )
    expect(editors).toContainEqual(['audit-events.changes', '/src/admin/ReadableJsonField#ReadableJsonField'])
    expect(editors).toContainEqual(['audit-events.detail', '/src/admin/ReadableJsonField#ReadableJsonField'])
    for (const [path, component] of editors) expect(component, path as string).toBe('/src/admin/ReadableJsonField#ReadableJsonField')
  })

  it('shows every collection’s creation and last change in Zurich time atop its edit view, and leaves no array row loading', () => {
    for (const collection of ours()) {
      const before = collection.admin.components?.edit?.beforeDocumentControls
      expect(before, collection.slug).toContain('/src/admin/ZurichDocumentTimes#ZurichDocumentTimes')
      expect(before, collection.slug).toContain('/src/payloadGuard/LoadingRowsGuard#LoadingRowsGuard')
    }
    for (const global of ourGlobals())
      expect(global.admin.components?.elements?.beforeDocumentControls, global.slug).toContain(
        '/src/payloadGuard/LoadingRowsGuard#LoadingRowsGuard',
      )
  })

  it('calls itself Relais, with its logo and a way back to the intranet', () => {
    expect(config.admin.meta.titleSuffix).toBe(' — Relais')
    expect(config.admin.components.graphics?.Logo).toBe('/src/admin/Brand#RelaisLogo')
    expect(config.admin.components.beforeNavLinks).toContain('/src/admin/Brand#BackToIntranet')
    expect(config.admin.components.beforeDashboard).toContain('/src/admin/Dashboard#CoordinatorDashboard')
  })
})
