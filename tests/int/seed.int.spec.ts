import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { roles } from '@/access/roles'
import { DEMO_PASSWORD, demoUsers } from '@seed/demo-users'
import { seed } from '@seed/index'
import { bootPayload } from '@tests/helpers/payload'

describe('seed', () => {
  let payload: Payload
  const saved = { ...process.env }

  beforeAll(async () => {
    ;({ payload } = await bootPayload()) // RELAIS_DEMO=off in tests: the boot created no demo account
  })
  afterEach(() => {
    for (const key of ['NODE_ENV', 'RELAIS_DEMO', 'RELAIS_ADMIN_EMAIL', 'RELAIS_ADMIN_PASSWORD']) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  })

  it('in production creates no account with a known password', async () => {
    Object.assign(process.env, { NODE_ENV: 'production', RELAIS_DEMO: 'on' })
    expect(await seed(payload)).toEqual([])
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('in production creates the first administrator from the environment, once', async () => {
    Object.assign(process.env, {
      NODE_ENV: 'production',
      RELAIS_ADMIN_EMAIL: 'it@commune.ch',
      RELAIS_ADMIN_PASSWORD: 'une phrase secrète assez longue',
    })
    await seed(payload)
    await seed(payload)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'it@commune.ch' } } })
    expect(docs).toHaveLength(1)
    expect(docs[0]!.roles).toEqual(['admin'])
    const login = await payload.login({
      collection: 'users',
      data: { email: 'it@commune.ch', password: 'une phrase secrète assez longue' },
    })
    expect(login.user?.id).toBe(docs[0]!.id)
    // The committees exist on every instance; demo meetings never in production.
    expect((await payload.find({ collection: 'committees', depth: 0 })).docs.map((c) => c.slug).sort()).toEqual(['copil', 'cotec'])
    expect((await payload.count({ collection: 'meetings' })).totalDocs).toBe(0)
  })

  it('in development creates one demo account per role, all able to log in, and is idempotent', async () => {
    process.env.RELAIS_DEMO = 'on'
    const logins = await seed(payload)
    await seed(payload)
    const everyRole = new Set(demoUsers.flatMap((u) => u.roles))
    expect(everyRole).toEqual(new Set(Object.keys(roles)))
    expect(logins.map((l) => l.email).sort()).toEqual(demoUsers.map((u) => u.email).sort())
    for (const demo of demoUsers) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: demo.email } }, depth: 1 })
      expect(docs).toHaveLength(1)
      if (demo.communeOfs) expect((docs[0]!.commune as { ofsNumber: number }).ofsNumber).toBe(demo.communeOfs)
    }
    expect(demoUsers.some((u) => u.communeValidator) && demoUsers.some((u) => u.communeReferent)).toBe(true)
    const member = demoUsers.find((u) => u.email.startsWith('employe.sion'))!
    const login = await payload.login({ collection: 'users', data: { email: member.email, password: DEMO_PASSWORD } })
    expect(login.user?.name).toBe(member.name)
    // A COTEC year in miniature, once: approved minutes, minutes awaiting approval, a meeting to convene.
    const meetings = await payload.find({ collection: 'meetings', sort: 'startsAt', depth: 0 })
    expect(meetings.docs.map((m) => m.status)).toEqual(['approved', 'held', 'planned'])
    expect((await payload.count({ collection: 'action-items' })).totalDocs).toBe(2)
    const events = await payload.find({ collection: 'events', where: { _status: { equals: 'published' } }, sort: 'startsAt', depth: 0 })
    expect(events.docs.map((e) => e.title)).toEqual([
      'Exemple — Symposium numérique 2026',
      'Exemple — Cybersécurité : les bons réflexes en 45 minutes',
      'Exemple — Cycle de vie des données et archivage',
      'Exemple — Symposium numérique 2027',
    ])
    // Demo content says it is made up (every row is checked in tests/unit/seed/demo-labels.unit.spec.ts).
    expect(meetings.docs.every((m) => m.title.startsWith('Exemple — '))).toBe(true)
    const cotec = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 1 })).docs[0]!
    expect(cotec.memberships?.map((m) => [(m.user as { email: string }).email, m.role])).toEqual([
      ['cotec@relais.test', 'secretariat'],
      ['cotec.martigny@relais.test', 'membre'],
    ])
  })
})
