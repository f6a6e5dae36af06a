/**
 * Follow and the one digest (issue 24) over real HTTP, SMTP and PostgreSQL: following and unfollowing from the pages
 * without JavaScript, defaults by role, a new guide action reaching its followers' next digest once (and marked
 * « Nouveau » on the commune's checklist), the frequency honoured with the clock as a parameter, signed unsubscribe
 * links without a session that cannot be forged, one digest per person when several workers run it at once, and
 * drafts and committee-private items never reaching someone who may not read them.
 */
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendDigests } from '@/follow/digest'
import { recordFollowEvent } from '@/follow/events'
import { readUnsubscribeToken, unsubscribeToken } from '@/follow/unsubscribe'
import type { Guide } from '@/payload-types'
import { formIn, postForm } from '@tests/helpers/forms'
import { type Client, client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, actorNames, createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

type Who = ActorName | 'referent A'
let payload: Payload
let people: People
let server: RunningServer
let mailbox: Mailbox
let referentA: Person
const as = {} as Record<Who, Client>
const tokens = {} as Record<Who, string>

// A Tuesday and a Monday morning in Zurich: the clock is a parameter of the digest.
const tuesday = new Date('2026-12-01T06:15:00Z')
const monday = new Date('2026-12-07T06:15:00Z')

const url = (path: string) => `${server.url}${path}`
const cookie = (who: Who) => `payload-token=${tokens[who]}`
const person = (who: Who) => (who === 'referent A' ? referentA : people[who])
const html = async (who: Who, path: string) => String((await as[who].request('GET', path)).json?.raw).replaceAll('<!-- -->', '')
async function submit(who: Who, path: string, marker: string, fields: Record<string, string>) {
  return postForm(url(path), formIn(await html(who, path), marker), fields, cookie(who))
}
const addressesOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((to) => to?.value.map((v) => v.address?.toLowerCase()) ?? [])
const digestsTo = (who: Who, since = 0) =>
  mailbox.messages
    .slice(since)
    .filter((m) => (m.subject ?? '').includes('dans ce que vous suivez') && addressesOf(m).includes(person(who).email))
/** A header as sent (mailparser turns List-* headers into objects). */
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? ''
const runEvents = () => payload.jobs.run({ queue: 'mail', limit: 100 })
const notificationsOf = async (who: Who, eventKeyPrefix = '') =>
  (
    await payload.find({ collection: 'notifications', where: { recipient: { equals: person(who).id } }, depth: 0, limit: 1000 })
  ).docs.filter((n) => n.eventKey.startsWith(eventKeyPrefix))
const setFrequency = (who: Who, digestFrequency: 'daily' | 'weekly') =>
  payload.update({ collection: 'users', id: person(who).id, data: { digestFrequency, mutedNotifications: [] } })
const guide = async (slug: string) => (await payload.find({ collection: 'guides', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!
const follows = async (who: Who) =>
  (await payload.find({ collection: 'follows', where: { user: { equals: person(who).id } }, depth: 0, limit: 100 })).docs

/** Publishes the guide with one more action, as a coordinator in the admin would. */
async function addAction(g: Guide, label: string, { draft = false } = {}) {
  return payload.update({
    collection: 'guides',
    id: g.id,
    data: { checklist: [...(g.checklist ?? []), { label, key: '' }], _status: draft ? 'draft' : 'published' },
    draft,
    depth: 0,
  })
}

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  let databaseUrl: string
  ;({ payload, databaseUrl } = await bootPayload(mailbox.env))
  people = await createPeople(payload, 'follow')
  referentA = await createUser(payload, {
    email: 'referent.follow@test.local',
    name: 'Rémi Référent',
    roles: ['member'],
    commune: people.communeA.id,
    communeReferent: true,
  })
  server = await startServer(databaseUrl, mailbox.env)
  for (const who of [...actorNames, 'referent A'] as Who[]) {
    tokens[who] = await loginToken(server.url, person(who).email, PASSWORD)
    as[who] = client(server.url, tokens[who])
  }
  // Whatever the seed's demo left waiting goes out first, so that each test counts its own e-mails.
  await sendDigests(payload, { now: monday })
})
afterAll(async () => {
  await server?.stop()
  await mailbox?.stop()
})

describe('following and unfollowing', () => {
  it('a member follows a guide with its button (no JavaScript), sees it on /compte/notifications, and unfollows', async () => {
    const path = '/guides/sauvegardes'
    expect(await html('member B', path)).toContain('Suivre ce guide')
    const followed = await submit('member B', path, 'name="target"', {})
    expect(followed.status).toBeLessThan(400)
    const g = await guide('sauvegardes')
    expect((await follows('member B')).map((f) => [f.target, f.key, f.following])).toEqual([['guide', String(g.id), true]])
    expect(await html('member B', path)).toContain('Vous suivez ce guide')
    const page = await html('member B', '/compte/notifications')
    expect(page).toContain(g.title)
    expect(page).toContain('Ne plus suivre')

    // Nobody else reads it: not member A over REST, not through GraphQL.
    const rest = await as['member A'].request('GET', '/api/follows?limit=100')
    expect(rest.json.docs ?? []).toEqual([])
    const graph = await as['member A'].request('POST', '/api/graphql', { query: '{ Follows(limit: 100) { docs { id key } } }' })
    expect(graph.json?.data?.Follows?.docs ?? []).toEqual([])

    await submit('member B', path, 'name="target"', {})
    expect(await follows('member B')).toEqual([])
    expect(await html('member B', path)).toContain('Suivre ce guide')
  })

  it('a référent follows every guide by default, turns one off (a row remembers it) and on again; a committee member follows their committee', async () => {
    const path = '/guides/sauvegardes'
    expect(await html('referent A', path)).toContain('par défaut, selon votre rôle')
    await submit('referent A', path, 'name="target"', {})
    expect((await follows('referent A')).map((f) => f.following)).toEqual([false])
    expect(await html('referent A', path)).toContain('Suivre ce guide')
    await submit('referent A', path, 'name="target"', {})
    expect((await follows('referent A')).map((f) => f.following)).toEqual([true])
    // A guide created later is followed with no row written.
    expect(await html('referent A', '/guides/mots-de-passe')).toContain('Vous suivez ce guide')
    expect(await html('cotec', '/seances?comite=cotec')).toContain('Vous suivez les séances du COTEC (par défaut')
    expect(await html('member A', '/seances?comite=cotec')).toContain('Suivre les séances du COTEC')
  })

  it('refuses to follow what the person may not read, in French, writing nothing', async () => {
    const draft = await payload.create({
      collection: 'guides',
      data: {
        title: 'Guide brouillon suivi',
        theme: 'sauvegardes',
        audiences: ['personnel'],
        summary: 'Brouillon.',
        lastReviewedAt: '2026-01-01',
        _status: 'draft',
      },
      draft: true,
    })
    const form = formIn(await html('member A', '/guides/sauvegardes'), 'name="target"')
    await postForm(url('/guides/sauvegardes'), form, { key: String(draft.id), follow: 'oui' }, cookie('member A'))
    await postForm(url('/guides/sauvegardes'), form, { target: 'rien', follow: 'oui' }, cookie('member A'))
    expect(await follows('member A')).toEqual([])
  })
})

describe('a new guide action', () => {
  it('reaches its followers’ next digest once, with a plain-text part and unsubscribe links; the commune’s checklist marks it new', async () => {
    await setFrequency('referent A', 'daily')
    await setFrequency('member B', 'weekly')
    await submit('member B', '/guides/sauvegardes', 'name="target"', {})
    const before = mailbox.messages.length
    const g = await addAction(await guide('sauvegardes'), 'Tester le plan de reprise chaque trimestre')
    const key = g.checklist!.at(-1)!.key
    await runEvents()
    expect(await notificationsOf('referent A', 'guide-action')).toHaveLength(1)
    expect(await notificationsOf('member B', 'guide-action')).toHaveLength(1)
    expect(await notificationsOf('member A', 'guide-action')).toHaveLength(0)

    // Tuesday: daily people only; the weekly member waits for Monday.
    await sendDigests(payload, { now: tuesday })
    const toReferent = digestsTo('referent A', before)
    expect(toReferent).toHaveLength(1)
    expect(toReferent[0]!.html).toContain('Tester le plan de reprise chaque trimestre')
    expect(toReferent[0]!.text).toContain('Tester le plan de reprise chaque trimestre')
    expect(toReferent[0]!.text).toContain('/desabonnement/')
    expect(header(toReferent[0]!, 'list-unsubscribe')).toMatch(/\/desabonnement\/\d+\.tout\.[\w-]+\/confirmer/)
    expect(header(toReferent[0]!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(digestsTo('member B', before)).toHaveLength(0)

    // Once: a second run the same day (or the next) sends nothing more.
    await sendDigests(payload, { now: tuesday })
    expect(digestsTo('referent A', before)).toHaveLength(1)
    await sendDigests(payload, { now: monday })
    expect(digestsTo('referent A', before)).toHaveLength(1)
    expect(digestsTo('member B', before)).toHaveLength(1)
    expect(digestsTo('member B', before)[0]!.html).toContain('Tester le plan de reprise chaque trimestre')

    // « Nouveau » on Sion's checklist until Sion answers it.
    const page = await html('referent A', '/guides/sauvegardes')
    expect(page).toMatch(new RegExp(`data-item="${key}"[^>]*data-new="true"`))
    expect(page).toContain('Nouveau')
    expect((await html('referent A', '/guides/sauvegardes')).match(/data-new="true"/g)).toHaveLength(1)
    await submit('member A', '/guides/sauvegardes', `value="${key}"`, { state: 'done' })
    expect(await html('referent A', '/guides/sauvegardes')).not.toContain('data-new="true"')
    // Martigny has not answered it: still new there.
    expect(await html('member B', '/guides/sauvegardes')).toMatch(new RegExp(`data-item="${key}"[^>]*data-new="true"`))
  })

  it('the frequency and the kinds chosen on /compte/notifications are honoured', async () => {
    const answer = await submit('member A', '/compte/notifications', 'name="frequency"', { frequency: 'daily', kinds: 'guide-action' })
    expect(answer.status).toBe(200)
    const self = await payload.findByID({ collection: 'users', id: people['member A'].id, showHiddenFields: true })
    expect(self.digestFrequency).toBe('daily')
    expect(self.mutedNotifications).toEqual(['guide-revised', 'measure-change', 'minutes', 'watch-item'])
    const refused = await submit('member A', '/compte/notifications', 'name="frequency"', { frequency: 'horaire', kinds: 'guide-action' })
    expect(refused.html).toContain('Choisissez « chaque jour » ou « chaque semaine ».')
    expect((await payload.findByID({ collection: 'users', id: people['member A'].id, showHiddenFields: true })).digestFrequency).toBe(
      'daily',
    )
    await setFrequency('member A', 'daily')
  })
})

describe('unsubscribe links', () => {
  it('work without a session, and a changed link is refused in French, changing nothing', async () => {
    const mail = digestsTo('referent A').at(-1)!
    const link = /https?:\/\/[^\s"<]+\/desabonnement\/([\w.-]+)/.exec(String(mail.html))!
    const token = link[1]!
    expect(readUnsubscribeToken(payload.secret, token)).toEqual({ userId: referentA.id, kind: 'guide-action' })

    const page = await fetch(url(`/desabonnement/${token}`))
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Me désabonner')

    const forged = [
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      token.replace(`${referentA.id}.`, `${people['member A'].id}.`),
      token.replace('guide-action', 'minutes'),
      unsubscribeToken('not-the-secret', referentA.id, 'guide-action'),
      'nimportequoi',
    ]
    for (const bad of forged) {
      const view = await fetch(url(`/desabonnement/${bad}`))
      expect(view.status, bad).toBe(404)
      expect(await view.text()).toContain('Ce lien de désabonnement n’est pas valable')
      const post = await fetch(url(`/desabonnement/${bad}/confirmer`), { method: 'POST', redirect: 'manual' })
      expect(post.status, bad).toBe(400)
      expect(await post.text()).toContain('n’est pas valable')
    }
    for (const who of ['referent A', 'member A'] as Who[])
      expect(
        (await payload.findByID({ collection: 'users', id: person(who).id, showHiddenFields: true })).mutedNotifications ?? [],
      ).toEqual([])

    const done = await fetch(url(`/desabonnement/${token}/confirmer`), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(done.status).toBe(303)
    expect((await fetch(url(done.headers.get('location')!.replace(/^https?:\/\/[^/]+/, '')))).status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: referentA.id, showHiddenFields: true })
    expect(after.mutedNotifications).toEqual(['guide-action'])

    // The next new action is not in their digest any more.
    const before = mailbox.messages.length
    await addAction(await guide('sauvegardes'), 'Documenter la restauration')
    await runEvents()
    await sendDigests(payload, { now: tuesday })
    expect(digestsTo('referent A', before)).toHaveLength(0)

    // The mail app's one-click POST (RFC 8058) for the whole digest.
    const all = /<([^>]+)>/.exec(header(mail, 'list-unsubscribe'))![1]!.replace(/^https?:\/\/[^/]+/, '')
    const oneClick = await fetch(url(all), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(oneClick.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: referentA.id, showHiddenFields: true })).mutedNotifications).toHaveLength(5)
    await setFrequency('referent A', 'daily')
  })
})

describe('one digest per person', () => {
  it('is sent once when several workers run the job at the same time', async () => {
    const watchers: Who[] = ['member A', 'member B', 'cotec', 'copil', 'validator A']
    for (const who of watchers) {
      await setFrequency(who, 'daily')
      await payload.create({ collection: 'follows', data: { user: person(who).id, target: 'watch-kind', key: 'outils', following: true } })
    }
    const before = mailbox.messages.length
    // Published by a coordinator: the watch collection's hook tells the followers of its kind, once.
    await payload.create({
      collection: 'watch-items',
      data: { title: 'Une cyberadministration simple', kind: 'outils', summary: 'Un outil pour les communes.', _status: 'published' },
    })
    await runEvents()
    const results = await Promise.all([1, 2, 3, 4].map(() => sendDigests(payload, { now: tuesday })))
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(watchers.length)
    await expect.poll(() => mailbox.messages.length - before).toBe(watchers.length)
    for (const who of watchers) {
      const mails = digestsTo(who, before)
      expect(mails, who).toHaveLength(1)
      expect(mails[0]!.html).toContain('Une cyberadministration simple')
    }
  })
})

describe('drafts and committee-private items', () => {
  it('a draft’s new action notifies nobody; a guide unpublished before the digest leaves members’ digests', async () => {
    await submit('member B', '/guides/mots-de-passe', 'name="target"', {})
    await setFrequency('member B', 'daily')
    await payload.create({
      collection: 'follows',
      data: { user: people.coordinator.id, target: 'guide', key: String((await guide('mots-de-passe')).id), following: true },
    })
    await setFrequency('coordinator', 'daily')
    const before = mailbox.messages.length
    await addAction(await guide('mots-de-passe'), 'Action encore en brouillon', { draft: true })
    await runEvents()
    await sendDigests(payload, { now: tuesday })
    expect(mailbox.messages.slice(before).some((m) => String(m.html).includes('Action encore en brouillon'))).toBe(false)

    // Published (the draft's action with it), recorded for both, then unpublished before the digest leaves.
    const published = await payload.update({
      collection: 'guides',
      id: (await guide('mots-de-passe')).id,
      data: { _status: 'published' },
      depth: 0,
    })
    expect(published.checklist!.some((item) => item.label === 'Action encore en brouillon')).toBe(true)
    await runEvents()
    expect(await notificationsOf('member B', `guide-action:${published.id}:`)).toHaveLength(1)
    await payload.update({ collection: 'guides', id: published.id, data: { _status: 'draft' }, depth: 0 })
    await sendDigests(payload, { now: tuesday })
    expect(digestsTo('member B', before).some((m) => String(m.html).includes('Action encore en brouillon'))).toBe(false)
    expect(digestsTo('coordinator', before).some((m) => String(m.html).includes('Action encore en brouillon'))).toBe(true)
    await payload.update({ collection: 'guides', id: published.id, data: { _status: 'published' }, depth: 0 })
  })

  it('a planned (committee-private) meeting reaches the committee’s members, never a member who follows the committee', async () => {
    const cotec = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
    const planned = await payload.create({
      collection: 'meetings',
      data: { committee: cotec.id, title: 'Séance privée du COTEC', startsAt: '2027-02-01T08:00:00.000Z', durationMinutes: 60 } as never,
    })
    expect(planned.status).toBe('planned')
    await payload.create({
      collection: 'follows',
      data: { user: people['member A'].id, target: 'committee', key: 'cotec', following: true },
    })
    await recordFollowEvent(payload, {
      kind: 'minutes',
      eventKey: `test-private:${planned.id}`,
      title: 'Séance privée du COTEC',
      url: `/seances/${planned.id}`,
      subject: { collection: 'meetings', id: String(planned.id) },
      followed: [{ target: 'committee', key: 'cotec' }],
    })
    expect(await notificationsOf('cotec', 'test-private')).toHaveLength(1)
    expect(await notificationsOf('member A', 'test-private')).toHaveLength(0)
  })
})

describe('measures', () => {
  it('a validated priority reaches the measure’s followers and the Comité, not other members; a status change the followers only', async () => {
    // A measure the seed leaves « non renseigné » (23, say, starts « en cours » from its linked watch kind).
    const m = (await payload.find({ collection: 'measures', where: { number: { equals: 25 } }, depth: 0 })).docs[0]!
    await submit('member B', '/mesures/25', 'name="target"', {})
    expect((await follows('member B')).some((f) => f.target === 'measure' && f.key === String(m.id))).toBe(true)
    const proposed = await as.cotec.request('POST', '/api/priority-changes', {
      measure: m.id,
      toPriority: m.priority === 'A' ? 'B' : 'A',
      rationale: 'La veille le demande désormais.',
    })
    expect(proposed.status).toBe(201)
    expect(
      (await as.copil.request('POST', `/api/priority-changes/${proposed.json.doc.id}/decision`, { decision: 'approved' })).status,
    ).toBe(200)
    await runEvents()
    const key = `measure-change:${m.id}:`
    expect(await notificationsOf('member B', key)).toHaveLength(1)
    expect(await notificationsOf('copil', key)).toHaveLength(1)
    expect(await notificationsOf('member A', key)).toHaveLength(0)

    expect((await as.cotec.request('PATCH', `/api/measures/${m.id}`, { status: 'en-cours' })).status).toBe(200)
    await runEvents()
    expect(await notificationsOf('member B', key)).toHaveLength(2)
    expect(await notificationsOf('copil', key)).toHaveLength(1)
  })
})

describe('a person who is deleted', () => {
  it('takes their follows and notifications along, and their deletion succeeds', async () => {
    const leaving = await createUser(payload, {
      email: 'partant.follow@test.local',
      name: 'Paul Partant',
      roles: ['member'],
      commune: people.communeA.id,
    })
    const g = await guide(
      (await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, depth: 0, limit: 1 })).docs[0]!.slug,
    )
    await payload.create({ collection: 'follows', data: { user: leaving.id, target: 'guide', key: String(g.id), following: true } })
    await payload.create({
      collection: 'notifications',
      data: {
        recipient: leaving.id,
        kind: 'guide-revised',
        eventKey: `leaving:${g.id}`,
        title: 'Guide',
        url: `/guides/${g.slug}`,
        subjectCollection: 'guides',
        subjectId: String(g.id),
      },
    })
    await payload.delete({ collection: 'users', id: leaving.id })
    expect((await payload.find({ collection: 'follows', where: { user: { equals: leaving.id } }, depth: 0 })).totalDocs).toBe(0)
    expect((await payload.find({ collection: 'notifications', where: { recipient: { equals: leaving.id } }, depth: 0 })).totalDocs).toBe(0)
  })
})
