import type { CollectionConfig, DateField, Field, GlobalConfig, TimezonesConfig } from 'payload'

import { timeZone } from '@/calendar/zurich'

/** Swiss formats of the admin panel: `30.11.2026 09:02`, and `30.11.2026` for a day. */
export const swissDateTime = 'dd.MM.yyyy HH:mm'
export const swissDay = 'dd.MM.yyyy'

/**
 * Payload's `admin.timezones`: Zurich only, so every date field with `timezone` is entered and shown in Zurich time,
 * whatever the browser's zone (the picker shows it, read-only, since there is nothing to choose).
 */
export const zurichTimezones: TimezonesConfig = {
  // Payload takes one string: the zone's own name, the same in every language.
  supportedTimezones: [{ label: timeZone, value: timeZone }],
  defaultTimezone: timeZone,
}

const isDay = (field: DateField) => ['dayOnly', 'monthOnly'].includes(field.admin?.date?.pickerAppearance ?? 'dayAndTime')

/** One date field in Zurich time with the Swiss format; fields hidden from the admin are left as they are. */
function zurichDate(field: DateField): DateField {
  const day = isDay(field)
  return {
    ...field,
    // The zone is always Zurich (its default): no write has to name it, so the stored column stays optional.
    timezone: field.timezone ?? { override: ({ baseField }) => ({ ...baseField, required: false }) },
    admin: {
      ...field.admin,
      // A day has no hour to place: the zone would only be noise under it (custom.css hides it there).
      className: [field.admin?.className, day ? 'relais-day' : null].filter(Boolean).join(' ') || undefined,
      date: {
        pickerAppearance: 'dayAndTime',
        ...field.admin?.date,
        displayFormat: field.admin?.date?.displayFormat ?? (day ? swissDay : swissDateTime),
      },
    },
  } as DateField
}

/** Fields the admin never shows: hidden (bookkeeping) or disabled (Payload's own sessions). */
export const notShown = (field: Field) => {
  const admin = field.admin as { hidden?: boolean; disabled?: boolean } | undefined
  return Boolean(('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled)
}

/** Every date field of a list of fields, at any depth (rows, groups, arrays, tabs, collapsibles). */
export function zurichDates(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    // What the admin never shows keeps its stored form (bookkeeping, Payload's own sessions).
    if (notShown(field)) return field
    if (field.type === 'date') return zurichDate(field)
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: zurichDates(tab.fields) })) }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: zurichDates(field.fields) } as Field
    return field
  })
}

/**
 * Payload's own timestamps, declared as Payload would add them (same columns and indexes), with a list cell that
 * shows them in Zurich time: Payload's default cell uses the browser's zone.
 */
function zurichTimestamps(fields: Field[]): Field[] {
  const declared = new Set(fields.map((field) => ('name' in field ? field.name : null)))
  const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
    name,
    type: 'date',
    index: true,
    label: ({ t }) => t(`general:${name}`),
    admin: {
      disableBulkEdit: true,
      hidden: true,
      date: { displayFormat: swissDateTime },
      components: { Cell: '/src/admin/ZurichDateCell#ZurichDateCell' },
    },
  })
  return (['updatedAt', 'createdAt'] as const).filter((name) => !declared.has(name)).map(timestamp)
}

/** A collection or global whose date fields are all in Zurich time (payload.config.ts maps every one through it). */
export const withZurichDates = <T extends CollectionConfig | GlobalConfig>(config: T): T => ({
  ...config,
  fields: zurichDates(config.fields),
})

/** The edit view's « Dernière modification » and « Création » in Zurich time (Payload's header uses the browser's zone). */
const documentTimes = '/src/admin/ZurichDocumentTimes#ZurichDocumentTimes'

/**
 * A collection whose list and edit view show its creation and last change in Zurich time (payload.config.ts maps
 * every one): a list cell for the columns, our own values in the edit view's header (custom.css hides Payload's).
 */
export function withZurichTimestamps(collection: CollectionConfig): CollectionConfig {
  if (collection.timestamps === false) return collection
  const components = collection.admin?.components
  const before = components?.edit?.beforeDocumentControls ?? []
  return {
    ...collection,
    fields: [...collection.fields, ...zurichTimestamps(collection.fields)],
    admin: {
      ...collection.admin,
      components: { ...components, edit: { ...components?.edit, beforeDocumentControls: [...before, documentTimes] } },
    },
  }
}
