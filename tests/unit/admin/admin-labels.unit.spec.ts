/**
 * Every name the admin shows for our collections, globals and fields is in the catalogues, in French and in German
 * (issue 26): collection labels, field labels, array row labels, descriptions, placeholders and navigation groups.
 * A plain string where `{ fr, de }` is expected (written into the code, in one language) fails, as does an empty or
 * missing translation. Labels Payload computes itself (functions: its own fields, `createdAt`…) are Payload's.
 */
import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

let config: SanitizedConfig
beforeAll(async () => {
  process.env.DATABASE_URL ??= 'postgres://nobody@127.0.0.1:1/none'
  config = await (await import('@payload-config')).default
}, 60_000)

type Problem = string
/** A text the admin shows: a function (Payload's own), or one non-empty string per language. */
function check(where: string, value: unknown, problems: Problem[]) {
  if (value === undefined || value === false || typeof value === 'function') return
  if (typeof value === 'string') return void problems.push(`${where}: one language only (${JSON.stringify(value)})`)
  const byLanguage = value as Record<string, unknown>
  for (const language of locales)
    if (typeof byLanguage[language] !== 'string' || !(byLanguage[language] as string).trim())
      problems.push(`${where}: no ${language} text (${JSON.stringify(value)})`)
}

/**
 * What the admin never shows: hidden or disabled fields (bookkeeping, Payload's own), row ids, and the time zone
 * companions of date fields (`<name>_tz`, shown read-only under their date without their own label), and `ui`
 * fields (a component of ours that writes its own heading).
 */
const notShown = (field: Field) => {
  const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
  const name = 'name' in field ? field.name : ''
  return (
    Boolean((field as { hidden?: boolean }).hidden) ||
    Boolean(admin.hidden) ||
    Boolean(admin.disabled) ||
    name === 'id' ||
    name.endsWith('_tz') ||
    field.type === 'ui'
  )
}

function checkFields(where: string, fields: Field[], problems: Problem[]) {
  for (const field of fields) {
    if (notShown(field)) continue
    const name = 'name' in field ? field.name : field.type
    const at = `${where}.${name}`
    const admin = (field.admin ?? {}) as { description?: unknown; placeholder?: unknown }
    if ('label' in field) check(`${at} label`, field.label, problems)
    // A visible named field without a label would show its code name (« committeeSlug »).
    else if ('name' in field && !['tabs', 'row', 'collapsible', 'ui'].includes(field.type)) problems.push(`${at}: no label`)
    check(`${at} description`, admin.description, problems)
    check(`${at} placeholder`, admin.placeholder, problems)
    if ('labels' in field && field.labels) {
      check(`${at} row label (singular)`, field.labels.singular, problems)
      check(`${at} row label (plural)`, field.labels.plural, problems)
    }
    if (field.type === 'tabs')
      for (const tab of field.tabs) {
        check(`${at} tab label`, tab.label, problems)
        checkFields(at, tab.fields, problems)
      }
    if ('fields' in field && Array.isArray(field.fields)) checkFields(at, field.fields, problems)
  }
}

describe('the admin’s names in French and German', () => {
  it('every collection: its labels, description, group and fields', () => {
    const problems: Problem[] = []
    for (const collection of config.collections.filter((candidate) => !candidate.slug.startsWith('payload-'))) {
      check(`${collection.slug} singular`, collection.labels.singular, problems)
      check(`${collection.slug} plural`, collection.labels.plural, problems)
      check(`${collection.slug} description`, collection.admin.description, problems)
      check(`${collection.slug} group`, collection.admin.group, problems)
      checkFields(collection.slug, collection.fields, problems)
    }
    expect(problems).toEqual([])
  })

  it('every global: its label, description, group and fields', () => {
    const problems: Problem[] = []
    for (const global of config.globals.filter((candidate) => !candidate.slug.startsWith('payload-'))) {
      check(`${global.slug} label`, global.label, problems)
      check(`${global.slug} description`, global.admin.description, problems)
      check(`${global.slug} group`, global.admin.group, problems)
      checkFields(global.slug, global.fields, problems)
    }
    expect(problems).toEqual([])
  })

  it('the German is German: a sample of labels differs from the French', () => {
    const meetings = config.collections.find((collection) => collection.slug === 'meetings')!
    expect(meetings.labels.plural).toEqual({ fr: 'Séances', de: 'Sitzungen' })
    expect(meetings.admin.group).toEqual({ fr: 'Gouvernance', de: 'Gouvernanz' })
  })
})
