import type { Payload } from 'payload'

import { calendarToken } from '@/events/feeds'
import type { User } from '@/payload-types'
import type { RunningServer } from '@tests/helpers/server'

import { percentiles, sequentially } from './measure'

const budget = { p95: 100 }
const count = 1000
const types = ['symposium', 'formation', 'webinaire', 'atelier'] as const

/**
 * The subscribable events feed with 1,000 published events, fetched over HTTP one request at a time (as calendar
 * apps poll it); returns false if its p95 is over budget.
 */
export async function benchFeed(payload: Payload, server: RunningServer): Promise<boolean> {
  const user = (await payload.create({
    collection: 'users',
    data: { email: 'flux@relais.test', name: 'Flux Essai', roles: ['member'], password: 'Calendrier-abonne-Sion-2026' },
  })) as User
  const started = performance.now()
  for (let i = 0; i < count; i++) {
    const start = new Date(Date.UTC(2027, 0, 4, 8) + i * 17 * 3600_000)
    await payload.create({
      collection: 'events',
      data: {
        title: `${types[i % 4]} ${i + 1} : les communes et le numérique`,
        type: types[i % 4],
        summary: 'Un événement de la charge du flux, avec un résumé de longueur réaliste pour un agenda.',
        place: i % 3 ? 'Sion, salle de conférence de l’ARVr' : null,
        onlineUrl: i % 3 ? null : 'https://visio.example.ch/relais',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        _status: 'published',
      },
      draft: false,
    })
  }
  console.log(`feed: ${count} events created in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  const url = `${server.url}/flux/${await calendarToken(payload, user)}/evenements.ics`
  const fetchFeed = async () => {
    const response = await fetch(url)
    const text = await response.text()
    if (!response.ok) throw new Error(`feed answered ${response.status}`)
    return text
  }
  const firstStart = performance.now()
  const events = (await fetchFeed()).match(/BEGIN:VEVENT/g)?.length ?? 0
  const first = performance.now() - firstStart
  if (events !== count) throw new Error(`the feed holds ${events} events, not ${count}`)
  await sequentially([0], 5, fetchFeed) // warm-up
  // After a change the file is rebuilt (only the changed event's block is written anew): measured apart.
  const { docs } = await payload.find({ collection: 'events', limit: 1, depth: 0 })
  const cold: number[] = []
  for (let i = 0; i < 40; i++) {
    await payload.update({ collection: 'events', id: docs[0]!.id, data: { summary: `Résumé modifié ${i}.` }, draft: false })
    cold.push(...(await sequentially([0], 1, fetchFeed)))
  }
  const rebuilt = percentiles(cold)
  const cached = percentiles(await sequentially([0], 60, fetchFeed))
  const ok = cached.p95 <= budget.p95 && rebuilt.p95 <= budget.p95
  const line = (p: ReturnType<typeof percentiles>) => `p50 ${p.p50.toFixed(0)} ms, p95 ${p.p95.toFixed(0)} ms, max ${p.max.toFixed(0)} ms`
  console.log(
    `events feed, ${count} events over HTTP, one request at a time: unchanged ${line(cached)}; first request after a change ${line(rebuilt)} ` +
      `— budget p95 ≤ ${budget.p95} ms: ${ok ? 'OK' : 'OVER BUDGET'} (very first request of the process, every event written: ${first.toFixed(0)} ms)`,
  )
  return ok
}
