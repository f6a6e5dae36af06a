/**
 * `npm run load [-- --users 20 --seconds 60]`: a bounded number of virtual users on loopback against the
 * production build and a fresh embedded PostgreSQL. Each is a member of a different commune who, in a loop,
 * browses (guide, map, measures), searches, ticks its commune's checklist and registers for or leaves an event.
 * Reports throughput, p50/p95 and errors per action, then checks that every acknowledged write is in the
 * database: the last state each user saw acknowledged is the state stored. Exit code 1 on errors or lost writes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '@/db/embedded'
import { ensureProductionBuild } from '@tests/helpers/build'
import { freePort } from '@tests/helpers/ports'
import { startServer } from '@tests/helpers/server'

import { percentiles } from './bench/measure'
import { closePayload } from './with-payload'

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isInteger(value) || value < 1 || value > 500) throw new Error(`--${name} attend un nombre entier entre 1 et 500`)
  return value
}
const users = option('users', 20)
const seconds = option('seconds', 60)
const PASSWORD = 'charge de relais sur la boucle locale'
const states = ['done', 'partial', 'todo', 'na'] as const
const queries = ['sauvegarde', 'mot de passe', 'phishing', 'contrat', 'cyberattaque', 'archivage', 'symposium']

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-load-'))
fs.chmodSync(dataDir, 0o755)
const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort() })
await postgres.createDatabase('load')
const env = { PAYLOAD_SECRET: 'load-secret-0123456789abcdef0123456789ab', RELAIS_JOBS: 'on', RELAIS_DEMO: 'off', RELAIS_DATA_DIR: dataDir }
ensureProductionBuild()
const server = await startServer(postgres.urlFor('load'), env)
Object.assign(process.env, env, { DATABASE_URL: postgres.urlFor('load'), RELAIS_JOBS: 'off' })
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
let failed = false

try {
  const communes = (await payload.find({ collection: 'communes', limit: users, sort: 'name', depth: 0 })).docs
  const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, limit: 1 })).docs[0]!
  const itemKeys = (guide.checklist ?? []).map((item) => item.key)
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Atelier de charge',
      type: 'atelier',
      summary: 'Atelier créé par npm run load.',
      startsAt: '2027-06-01T07:00:00.000Z',
      endsAt: '2027-06-01T09:00:00.000Z',
      capacity: Math.max(1, Math.floor(users / 2)),
      _status: 'published',
    },
    draft: false,
  })

  const virtualUsers = await Promise.all(
    communes.map(async (commune, i) => {
      const email = `charge.${i}@relais.test`
      const user = await payload.create({
        collection: 'users',
        data: { email, name: `Charge ${i}`, roles: ['member'], commune: commune.id, password: PASSWORD },
      })
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
      const { token } = (await login.json()) as { token: string }
      return {
        id: user.id,
        commune: commune.id,
        token,
        ticked: new Map<string, { id: number; state: string }>(),
        registered: null as boolean | null,
      }
    }),
  )

  const timings = new Map<string, number[]>()
  const errors = new Map<string, number>()
  const deadline = performance.now() + seconds * 1000
  const began = performance.now()

  await Promise.all(
    virtualUsers.map(async (vu, index) => {
      const call = async (action: string, method: string, url: string, body?: unknown) => {
        const start = performance.now()
        let answer: { doc?: { id: number } } | null = null
        try {
          const response = await fetch(`${server.url}${url}`, {
            method,
            headers: { authorization: `JWT ${vu.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
            body: body ? JSON.stringify(body) : undefined,
          })
          const text = await response.text()
          if (response.ok) answer = text.startsWith('{') ? JSON.parse(text) : {}
        } catch {
          answer = null
        }
        const latencies = timings.get(action) ?? []
        if (!latencies.length) timings.set(action, latencies)
        latencies.push(performance.now() - start)
        if (!answer) errors.set(action, (errors.get(action) ?? 0) + 1)
        return answer
      }
      let step = index
      while (performance.now() < deadline) {
        step++
        const roll = step % 10
        if (roll < 4) await call('browse', 'GET', ['/guides/sauvegardes', '/carte', '/mesures', '/agenda'][step % 4]!)
        else if (roll < 6) await call('search', 'GET', `/api/search?q=${encodeURIComponent(queries[step % queries.length]!)}`)
        else if (roll < 9) {
          const itemKey = itemKeys[step % itemKeys.length]!
          const state = states[step % states.length]!
          const known = vu.ticked.get(itemKey)
          const response = known
            ? await call('tick', 'PATCH', `/api/checklist-progress/${known.id}`, { state })
            : await call('tick', 'POST', '/api/checklist-progress', { guide: guide.id, itemKey, state })
          if (response) vu.ticked.set(itemKey, { id: known?.id ?? response.doc?.id ?? 0, state })
        } else {
          const leaving = vu.registered === true
          const response = await call('register', leaving ? 'DELETE' : 'POST', `/api/events/${event.id}/registration`)
          if (response) vu.registered = !leaving
        }
      }
    }),
  )
  const elapsed = (performance.now() - began) / 1000

  // Every acknowledged write must be in the database, as last acknowledged.
  let lost = 0
  for (const vu of virtualUsers) {
    const rows = (
      await payload.find({
        collection: 'checklist-progress',
        where: { commune: { equals: vu.commune } },
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs
    for (const [itemKey, { state }] of vu.ticked) if (rows.find((r) => r.itemKey === itemKey)?.state !== state) lost++
    if (vu.registered !== null) {
      const mine = (
        await payload.find({
          collection: 'registrations',
          where: { and: [{ event: { equals: event.id } }, { user: { equals: vu.id } }] },
          depth: 0,
        })
      ).docs[0]
      const active = mine ? mine.status !== 'cancelled' : false
      if (active !== vu.registered) lost++
    }
  }
  const confirmed = (
    await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
    })
  ).totalDocs
  if (confirmed > (event.capacity ?? 0)) lost++

  const all = [...timings.values()].flat()
  console.log(`\nnpm run load: ${users} virtual users for ${seconds} s on loopback, production build, embedded PostgreSQL`)
  for (const [action, latencies] of [...timings].sort()) {
    const { p50, p95 } = percentiles(latencies)
    console.log(
      `  ${action.padEnd(8)} ${String(latencies.length).padStart(6)} requests  ${(latencies.length / elapsed).toFixed(1).padStart(6)}/s  p50 ${p50.toFixed(0)} ms  p95 ${p95.toFixed(0)} ms  errors ${errors.get(action) ?? 0}`,
    )
  }
  const total = percentiles(all)
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0)
  console.log(
    `  total    ${String(all.length).padStart(6)} requests  ${(all.length / elapsed).toFixed(1).padStart(6)}/s  p50 ${total.p50.toFixed(0)} ms  p95 ${total.p95.toFixed(0)} ms  errors ${errorCount}`,
  )
  console.log(
    `  acknowledged writes missing or wrong in the database: ${lost}; confirmed registrations ${confirmed} of ${event.capacity} places`,
  )
  failed = errorCount > 0 || lost > 0
} catch (error) {
  console.error('load failed:', error)
  failed = true
} finally {
  await closePayload(payload)
  await server.stop()
  await postgres.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
