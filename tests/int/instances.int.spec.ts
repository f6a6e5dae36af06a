/**
 * Several instances (docs/deploy.md § Several app instances): two production servers on one PostgreSQL, both
 * with jobs on (the worst case of a misconfiguration), one build. An edit on one shows on the other, cached pages
 * included (at once on the author's instance, within seconds on the other); one instance runs the jobs, so a
 * scheduled run is queued once, a search sync and an event announcement run once; a session works on both; the
 * events feed is the same file on both; and when the instance running the jobs stops, the other takes over.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { calendarToken } from '@/events/feeds'
import { faqThemes } from '@/faqs/vocabulary'
import type { User } from '@/payload-types'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let one: RunningServer
let two: RunningServer
let mailbox: Mailbox

/** Asks until `check` holds (another instance learns of a change within seconds), then returns its last answer. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000
  let value = await read()
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

const pageAs = async (server: RunningServer, token: string, path: string) => {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `JWT ${token}` }, redirect: 'manual' })
  return { status: response.status, html: await response.text(), location: response.headers.get('location') }
}

/** Who holds the jobs lock (src/jobs/leader.ts names its connection `relais jobs <process id>`). */
const jobLockHolders = async () =>
  (
    await poolOf(payload).query<{ name: string }>(
      `select a.application_name as name from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and a.datname = current_database()`,
    )
  ).rows.map((row) => row.name)

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  const databaseUrl = process.env.DATABASE_URL!
  people = await createPeople(payload, 'inst')
  mailbox = await startSmtpCatcher()
  // Both run the jobs, and look at the daily schedules every 2 s rather than every 5 minutes, at the same second.
  const env = { ...mailbox.env, RELAIS_JOBS: 'on', RELAIS_SCHEDULE_CRON: '*/2 * * * * *' }
  one = await startServer(databaseUrl, env)
  // Behind one address, as behind a load balancer (links in e-mails and feeds name it).
  two = await startServer(databaseUrl, { ...env, PUBLIC_URL: one.url })
})
afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()])
  await mailbox?.stop()
})

describe('two instances on one database', () => {
  it('share sessions: a login on one works on the other, a logout on one ends it on both', async () => {
    const token = await loginToken(one.url, people['member A'].email, PASSWORD)
    expect((await client(two.url, token).request('GET', '/api/users/me')).json.user.id).toBe(people['member A'].id)
    expect((await pageAs(two, token, '/faq')).status).toBe(200)
    await client(one.url, token).request('POST', '/api/users/logout')
    expect((await client(two.url, token).request('GET', '/api/users/me')).json.user).toBeNull()
    expect((await pageAs(two, token, '/faq')).location).toMatch(/^\/connexion\?next=/)
  })

  it('show an edit made on one on the other, cached pages included: at once to its author, within seconds to everyone', async () => {
    const reader = await loginToken(two.url, people['member B'].email, PASSWORD)
    const editor = client(one.url, await loginToken(one.url, people.coordinator.email, PASSWORD))
    const readerOnOne = await loginToken(one.url, people['member A'].email, PASSWORD)
    const faq = (await payload.find({ collection: 'faqs', limit: 1, sort: 'order', depth: 0 })).docs[0]!
    const guide = (await payload.find({ collection: 'guides', where: { slug: { equals: 'sauvegardes' } }, depth: 0 })).docs[0]!

    for (const round of [1, 2]) {
      // Both instances have read (and may keep) the pages as they stand.
      for (const [server, token] of [
        [one, readerOnOne],
        [two, reader],
      ] as const) {
        for (const path of ['/faq', '/guides/sauvegardes', '/mesures', '/mesures/1', '/agenda']) {
          expect((await pageAs(server, token, path)).status, path).toBe(200)
          expect((await pageAs(server, token, path)).status, path).toBe(200)
        }
      }
      const question = `Question modifiée sur une instance, tour ${round} ?`
      const title = `Sauvegardes, tour ${round}`
      const measure = `Mesure modifiée, tour ${round}`
      const site = `Antenne de l’essai, tour ${round}`
      expect((await editor.request('PATCH', `/api/faqs/${faq.id}`, { question })).status).toBe(200)
      expect((await editor.request('PATCH', `/api/guides/${guide.id}`, { title, _status: 'published' })).status).toBe(200)
      const measureOne = (await payload.find({ collection: 'measures', where: { number: { equals: 1 } }, depth: 0 })).docs[0]!
      expect((await editor.request('PATCH', `/api/measures/${measureOne.id}`, { title: measure })).status).toBe(200)
      const admin = client(one.url, await loginToken(one.url, people.admin.email, PASSWORD))
      expect((await admin.request('POST', '/api/globals/site-settings', { organisationName: site })).status).toBe(200)

      // The instance that wrote: at once.
      expect((await pageAs(one, readerOnOne, '/faq')).html).toContain(question.replace('’', '&#x27;').slice(0, 30))
      expect((await pageAs(one, readerOnOne, '/guides/sauvegardes')).html).toContain(title)
      expect((await pageAs(one, readerOnOne, '/mesures')).html).toContain(measure)
      expect((await pageAs(one, readerOnOne, '/mesures/1')).html).toContain(measure)
      expect((await pageAs(one, readerOnOne, '/faq')).html).toContain(site.slice(0, 20))
      // The other: within seconds.
      for (const [path, text] of [
        ['/faq', question.slice(0, 30)],
        ['/guides/sauvegardes', title],
        ['/mesures', measure],
        ['/mesures/1', measure],
        ['/agenda', site.slice(0, 20)],
      ] as const) {
        const { html } = await eventually(
          () => pageAs(two, reader, path),
          (page) => page.html.includes(text),
        )
        expect(html, `${path} on the other instance`).toContain(text)
      }
    }
  })

  it('serve the same events feed, before and after an edit made on one of them', async () => {
    const token = await calendarToken(payload, (await payload.findByID({ collection: 'users', id: people['member B'].id })) as User)
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Atelier des deux instances',
        type: 'atelier',
        summary: 'Un atelier pour l’essai.',
        startsAt: '2027-03-02T08:00:00.000Z',
        endsAt: '2027-03-02T10:00:00.000Z',
        _status: 'published',
      },
      draft: false,
    })
    const feed = async (server: RunningServer) => (await fetch(`${server.url}/flux/${token}/evenements.ics`)).text()
    const strip = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, '')
    expect(strip(await feed(one))).toBe(strip(await feed(two)))
    const editor = client(two.url, await loginToken(two.url, people.coordinator.email, PASSWORD))
    expect((await editor.request('PATCH', `/api/events/${event.id}`, { title: 'Atelier renommé des deux instances' })).status).toBe(200)
    const [a, b] = await Promise.all([feed(one), feed(two)])
    expect(a).toContain('Atelier renommé des deux instances')
    expect(strip(a)).toBe(strip(b))
  })

  it('run the jobs on one instance only: a scheduled run is queued once, a search sync and an announcement run once', async () => {
    expect(await eventually(jobLockHolders, (holders) => holders.length === 1)).toHaveLength(1)

    // Both instances look at the daily schedules every 2 s, at the same second: each task has one run queued.
    const scheduled = async () =>
      (
        await poolOf(payload).query<{ task: string; n: number }>(
          `select task_slug as task, count(*)::int as n from payload_jobs
            where queue = 'daily' and completed_at is null and (meta->>'scheduled')::boolean group by task_slug`,
        )
      ).rows
    const runs = await eventually(scheduled, (rows) => rows.length >= 6)
    expect(runs.length).toBeGreaterThanOrEqual(6)
    await new Promise((resolve) => setTimeout(resolve, 5_000)) // a few more ticks of both instances
    expect((await scheduled()).filter((row) => row.n !== 1)).toEqual([])

    // A guide published on the other instance reaches the index through one sync job.
    const coordinator = client(two.url, await loginToken(two.url, people.coordinator.email, PASSWORD))
    const created = await coordinator.request('POST', '/api/guides', {
      title: 'Archives du Cervin',
      slug: 'archives-du-cervin',
      theme: 'sauvegardes',
      audiences: ['personnel'],
      summary: 'Un guide pour l’essai à deux instances.',
      body: richTextFromBlocks([{ p: 'Le texte du guide.' }]),
      lastReviewedAt: '2026-09-01T00:00:00.000Z',
      reviewIntervalMonths: 12,
      checklist: [{ key: 'action', label: 'Une action' }],
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const reader = client(one.url, await loginToken(one.url, people['member A'].email, PASSWORD))
    const { json } = await eventually(
      () => reader.request('GET', '/api/search?q=cervin'),
      (answer) => (answer.json?.hits ?? []).length > 0,
    )
    expect(json.hits.map((hit: { url: string }) => hit.url)).toEqual(['/guides/archives-du-cervin'])
    // Its sync job ran and is gone (a completed job is deleted), without error.
    const pendingSyncs = () =>
      poolOf(payload)
        .query<{ n: number }>(`select count(*)::int as n from payload_jobs where task_slug = 'searchSync' and input->>'id' = $1`, [
          String(created.json.doc.id),
        ])
        .then((result) => result.rows[0]!.n)
    expect(await eventually(pendingSyncs, (n) => n === 0)).toBe(0)

    // An announcement, queued on one instance: each member gets it once.
    const event = await coordinator.request('POST', '/api/events', {
      title: 'Symposium des deux instances',
      type: 'symposium',
      summary: 'Annoncé une fois.',
      startsAt: '2027-05-04T07:00:00.000Z',
      endsAt: '2027-05-04T15:00:00.000Z',
      announce: true,
      announceTo: 'all',
      _status: 'published',
    })
    expect(event.status).toBe(201)
    const announced = (email: string) =>
      mailbox.messages.filter((m) => JSON.stringify(m.to).includes(email) && /Symposium des deux instances/.test(m.subject ?? ''))
    await mailbox.waitFor(
      (m) => /Symposium des deux instances/.test(m.subject ?? '') && JSON.stringify(m.to).includes(people['member B'].email),
      30_000,
    )
    await new Promise((resolve) => setTimeout(resolve, 12_000)) // longer than the mail queue's tick: a second run would have sent by now
    expect(announced(people['member A'].email)).toHaveLength(1)
    expect(announced(people['member B'].email)).toHaveLength(1)
  })

  it('hand the jobs over when the instance running them stops', async () => {
    const [holder] = await jobLockHolders()
    const [running, other] = holder === `relais jobs ${one.pid}` ? [one, two] : [two, one]
    expect([`relais jobs ${one.pid}`, `relais jobs ${two.pid}`]).toContain(holder)
    await running.stop()
    expect(await eventually(jobLockHolders, (holders) => holders[0] === `relais jobs ${other.pid}`)).toEqual([`relais jobs ${other.pid}`])
    const coordinator = client(other.url, await loginToken(other.url, people.coordinator.email, PASSWORD))
    const created = await coordinator.request('POST', '/api/faqs', {
      question: 'Que fait le Matterhorn dans la recherche ?',
      answer: richTextFromBlocks([{ p: 'Il vérifie que la recherche suit après l’arrêt d’une instance.' }]),
      theme: faqThemes[0],
      order: 99,
    })
    expect(created.status).toBe(201)
    const reader = client(other.url, await loginToken(other.url, people['member B'].email, PASSWORD))
    const { json } = await eventually(
      () => reader.request('GET', '/api/search?q=matterhorn'),
      (answer) => (answer.json?.hits ?? []).length > 0,
      30,
    )
    expect(json.hits).toHaveLength(1)
  })
})
