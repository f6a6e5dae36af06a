import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { seedDemoMeetings } from '@seed/committees'
import { EXAMPLE_TEXT, EXAMPLE_TITLE } from '@seed/content/demo'
import { guides } from '@seed/content/guides'
import { seedDemoCommune } from '@seed/demo-commune'
import { seedDemoEvents } from '@seed/events'
import { seedDemoRequest } from '@seed/index'

type Row = { collection: string; data: Record<string, unknown> }

/**
 * Runs the demo seed functions against a stand-in for Payload that finds one of everything, counts nothing and
 * records every row they write: the rows a fresh development database receives, without a database.
 */
async function demoRows(): Promise<Row[]> {
  const rows: Row[] = []
  let id = 0
  const fake = {
    logger: { info: () => undefined },
    find: async ({ collection }: { collection: string }) => ({
      docs: (collection === 'contract-criteria' ? [1, 2, 3, 4, 5] : [1]).map(() => ({ id: ++id, slug: `existing-${id}`, memberships: [] })),
      totalDocs: 1,
    }),
    count: async () => ({ totalDocs: 0 }),
    create: async ({ collection, data }: Row) => {
      rows.push({ collection, data })
      return { id: ++id, ...data }
    },
    update: async ({ collection, data }: Row) => {
      rows.push({ collection, data })
      return { id: ++id, ...data }
    },
  } as unknown as Payload
  await seedDemoRequest(fake)
  await seedDemoMeetings(fake)
  await seedDemoEvents(fake)
  await seedDemoCommune(fake)
  return rows
}

/**
 * For each collection the demo writes to: the fields that carry its label, and the label they carry. A demo row in
 * a collection missing here fails the test: whoever adds demo content says how it is labelled.
 */
const labels: Record<string, { title?: string[]; text?: string[]; account?: string[] }> = {
  'account-requests': { text: ['comment'] },
  committees: { account: ['memberships.representing'] },
  meetings: { title: ['title'], text: ['attendance'] },
  'agenda-items': { title: ['title'], text: ['notes'] },
  'action-items': { title: ['title'] },
  events: { title: ['title'], text: ['summary'] },
  initiatives: { title: ['title'], text: ['summary'] },
  'commune-registers': { account: ['referentName'] },
  'digital-decisions': { title: ['subject'] },
  'digital-incidents': { title: ['summary'] },
  contracts: { title: ['service'] },
  'commune-tools': { title: ['product'], text: ['comment'] },
}

/** The values at a dotted path, through arrays. */
const valuesAt = (data: unknown, path: string): unknown[] => {
  const [head, ...rest] = path.split('.')
  const value = (data as Record<string, unknown> | undefined)?.[head!]
  const values = Array.isArray(value) ? value : [value]
  return rest.length ? values.flatMap((v) => valuesAt(v, rest.join('.'))) : values
}

describe('demo content', async () => {
  const rows = await demoRows()

  it('is written by the demo seed (the stand-in saw every kind of row)', () => {
    expect(new Set(rows.map((r) => r.collection))).toEqual(new Set(Object.keys(labels)))
  })

  it('is labelled as an example in every row, in the fields shown in lists, pages, search and e-mails', () => {
    for (const { collection, data } of rows) {
      const label = labels[collection]
      expect(label, `demo rows in « ${collection} »: say how they are labelled`).toBeDefined()
      let checked = 0
      for (const path of label!.title ?? [])
        for (const value of valuesAt(data, path)) {
          if (value == null) continue
          expect(value, `${collection}.${path}`).toMatch(new RegExp(`^${EXAMPLE_TITLE}`))
          checked++
        }
      for (const path of label!.text ?? [])
        for (const value of valuesAt(data, path)) {
          if (value == null) continue
          expect(value, `${collection}.${path}`).toMatch(new RegExp(`^${EXAMPLE_TEXT}`))
          checked++
        }
      for (const path of label!.account ?? [])
        for (const value of valuesAt(data, path)) {
          if (value == null) continue
          expect(value, `${collection}.${path}`).toContain('(compte de démonstration)')
          checked++
        }
      // A row that only updates other fields (e.g. a meeting's status) carries no label field.
      if (Object.keys(data).some((key) => [...(label!.title ?? []), ...(label!.text ?? []), ...(label!.account ?? [])].includes(key)))
        expect(checked, `${collection}: ${JSON.stringify(data).slice(0, 120)}`).toBeGreaterThan(0)
    }
  })

  it('names no authority as a speaker of a made-up event', () => {
    const speakers = rows.filter((r) => r.collection === 'events').flatMap((r) => valuesAt(r.data, 'programme.speaker'))
    expect(speakers.length).toBeGreaterThan(0)
    for (const speaker of speakers) expect(speaker).toMatch(/^(Coordination ARVr|À confirmer)$/)
  })

  it('agrees with the guides: the restore test « au moins une fois par an », as the backup guide says', () => {
    const text = JSON.stringify(rows.map((r) => r.data))
    expect(text).not.toMatch(/trimestr|mensuel|chaque mois/i)
    const backups = JSON.stringify(guides.find((g) => g.slug === 'sauvegardes')!.body)
    expect(backups).toContain('au moins une fois par an')
    const decisions = rows.flatMap((r) => valuesAt(r.data, 'decision')).filter((d) => typeof d === 'string' && /restauration/.test(d))
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toContain('« Sauvegardes et tests de restauration »')
    expect(decisions[0]).toContain('au moins une fois par an')
  })
})
