import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { SeededIds } from './intranetPages'

/** The demo seed's records that fill the dynamic segments of tests/helpers/intranetPages.ts (one alert is raised). */
export async function seededIds(payload: Payload): Promise<SeededIds> {
  const first = async <T>(collection: Parameters<typeof payload.find>[0]['collection'], pick: (doc: never) => T, where = {}) => {
    const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, sort: 'id' })
    expect(docs.length, `the demo seed has no ${collection}`).toBe(1)
    return pick(docs[0] as never)
  }
  const meetings = await payload.find({ collection: 'meetings', limit: 0, pagination: false, depth: 0, sort: 'startsAt' })
  const byStatus = new Map(meetings.docs.map((m) => [m.status, m.id]))
  expect([...byStatus.keys()].sort(), 'the demo meetings').toEqual(['approved', 'held', 'planned'])
  // No alert in the demo seed (its banner would sit on every demo home page): one published here, tomorrow's.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
  const alert = await payload.create({
    collection: 'regional-alerts',
    data: {
      title: 'Alerte d’essai',
      whatToCheck: 'Vérifier les règles de transfert des boîtes e-mail.',
      severity: 'importante',
      expiresOn: tomorrow,
      status: 'published',
    },
  })
  return {
    actor: await first('actors', (d: { slug: string }) => d.slug),
    alert: alert.id,
    incident: await first('digital-incidents', (d: { id: number }) => d.id),
    event: await first('events', (d: { id: number }) => d.id),
    contract: await first('contracts', (d: { id: number }) => d.id),
    guide: await first('guides', (d: { slug: string }) => d.slug, { slug: { equals: 'mots-de-passe' } }),
    initiative: await first('initiatives', (d: { slug: string }) => d.slug),
    measure: await first('measures', (d: { number: number }) => d.number, { number: { equals: 29 } }),
    template: await first('templates', (d: { slug: string }) => d.slug),
    meetings: [...byStatus.values()],
  }
}
