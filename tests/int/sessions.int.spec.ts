/**
 * Open sessions, over real HTTP against the production build, with two server processes on one database:
 * the list on /compte/securite (device, first sign-in, last activity), ending one or all others, an
 * administrator ending an account's sessions or everyone's (incident), and the idle timeout. An ended or idle
 * session must be refused on every path: pages, REST, GraphQL and the admin panel.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storedDeviceLabel } from '@/auth/sessions/device'
import { poolOf } from '@/db/pool'
import { formIn, sessionCookie } from '@tests/helpers/forms'
import { client } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const FIREFOX_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0'
const EDGE_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0'
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'

// Both servers are started with this idle time; the default (no variable) is checked on its own below.
const IDLE_MINUTES = 30

describe('open sessions', () => {
  let payload: Payload
  let pool: Pool
  let one: RunningServer
  let two: RunningServer
  let people: People

  beforeAll(async () => {
    const booted = await bootPayload()
    payload = booted.payload
    pool = poolOf(payload)
    people = await createPeople(payload, 'sess')
    const env = { RELAIS_IDLE_MINUTES: String(IDLE_MINUTES) }
    ;[one, two] = await Promise.all([startServer(booted.databaseUrl, env), startServer(booted.databaseUrl, env)])
  })
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()])
  })

  const login = async (email: string, agent = CHROME_WINDOWS, server = one) => {
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': agent },
      body: JSON.stringify({ email, password: PASSWORD }),
    })
    const json = await response.json()
    if (!json.token) throw new Error(`login of ${email}: ${response.status} ${JSON.stringify(json)}`)
    return json.token as string
  }
  const sidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string
  const cookieOf = (token: string) => `payload-token=${token}`
  const page = async (path: string, token?: string, server = one) => {
    const response = await fetch(`${server.url}${path}`, {
      headers: { 'sec-fetch-site': 'none', ...(token ? { cookie: cookieOf(token) } : {}) },
      redirect: 'manual',
    })
    return { status: response.status, html: await response.text(), location: response.headers.get('location') }
  }
  /** Who the REST API, GraphQL and the pages take this token for (null: anonymous). */
  const restUser = async (token: string, server = one) =>
    (await client(server.url, token).request('GET', '/api/users/me')).json?.user?.id ?? null
  const graphqlUser = async (token: string, server = one) =>
    (await client(server.url, token).request('POST', '/api/graphql', { query: '{ meUser { user { id } } }' })).json?.data?.meUser?.user
      ?.id ?? null
  const pageWorks = async (token: string, server = one) => (await page('/', token, server)).status === 200
  const works = async (token: string, server = one) => {
    const [rest, graphql, pages] = await Promise.all([restUser(token, server), graphqlUser(token, server), pageWorks(token, server)])
    return { rest: rest !== null, graphql: graphql !== null, page: pages }
  }
  const ALIVE = { rest: true, graphql: true, page: true }
  const DEAD = { rest: false, graphql: false, page: false }

  const sessionRows = async (userId: number) =>
    (await pool.query('select id, device, created_at, last_seen_at from users_sessions where _parent_id = $1', [userId])).rows as {
      id: string
      device: string | null
      created_at: Date
      last_seen_at: Date | null
    }[]
  /** Stands for time passing: the session was last seen `minutes` ago. */
  const lastSeen = (sid: string, minutes: number) =>
    pool.query('update users_sessions set last_seen_at = $1 where id = $2', [new Date(Date.now() - minutes * 60_000), sid])

  /** Posts a form of /compte/securite (or another page) as the browser would before JavaScript loads. */
  const submit = async (path: string, token: string, marker: string, fields: Record<string, string>, server = one) => {
    const { html } = await page(path, token, server)
    const form = formIn(html, marker)
    const body = new FormData()
    for (const [, tag] of form.matchAll(/(<input[^>]*type="hidden"[^>]*>)/g)) {
      const name = /name="([^"]*)"/.exec(tag!)?.[1]
      const value = /value="([^"]*)"/.exec(tag!)?.[1] ?? ''
      if (name && !(name in fields)) body.append(name, value.replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
    }
    for (const [name, value] of Object.entries(fields)) body.append(name, value)
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      body,
      headers: { origin: server.url, cookie: cookieOf(token) },
      redirect: 'manual',
    })
    return { status: response.status, html: await response.text() }
  }
  const events = async (userId: number) =>
    (await payload.find({ collection: 'account-events', where: { user: { equals: userId } }, sort: 'createdAt', depth: 0 })).docs.map(
      (e) => ({
        type: e.type as string,
        actor: e.actor,
      }),
    )

  it('records the device and the last activity of every session, from each login path', async () => {
    const person = await createUser(payload, {
      email: 'sess.paths@test.local',
      name: 'Paul Chemins',
      roles: ['member'],
      commune: people.communeA.id,
    })
    await login(person.email, CHROME_WINDOWS)
    // GraphQL's loginUser
    await fetch(`${one.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': SAFARI_IPHONE },
      body: JSON.stringify({ query: `mutation { loginUser(email: "${person.email}", password: "${PASSWORD}") { token } }` }),
    })
    // The French login form (a server action, as the browser posts it before JavaScript loads)
    const form = formIn((await page('/connexion')).html, 'name="password"')
    const body = new FormData()
    for (const [, tag] of form.matchAll(/(<input[^>]*type="hidden"[^>]*>)/g)) {
      const name = /name="([^"]*)"/.exec(tag!)?.[1]
      if (name) body.append(name, (/value="([^"]*)"/.exec(tag!)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'))
    }
    for (const [name, value] of Object.entries({ email: person.email, password: PASSWORD, next: '/' })) body.set(name, value)
    const posted = await fetch(`${one.url}/connexion`, {
      method: 'POST',
      body,
      headers: { origin: one.url, 'user-agent': FIREFOX_MAC },
      redirect: 'manual',
    })
    expect(sessionCookie(posted.headers.getSetCookie())).not.toBeNull()
    await login(person.email, EDGE_WINDOWS, two)
    await login(person.email, CHROME_ANDROID, two)

    const rows = await sessionRows(person.id)
    // Kept in no language (the browser's and the device's names), worded for whoever reads the list.
    expect(rows.map((r) => storedDeviceLabel(r.device)).sort()).toEqual(
      ['Chrome sur Android', 'Chrome sur Windows', 'Edge sur Windows', 'Firefox sur Mac', 'Safari sur iPhone'].sort(),
    )
    for (const row of rows) expect(Math.abs(row.last_seen_at!.getTime() - Date.now())).toBeLessThan(60_000)
  })

  it('lists the person’s own sessions on /compte/securite, for every member, with “cette session” marked', async () => {
    const member = people['member A']
    const here = await login(member.email, CHROME_WINDOWS)
    const phone = await login(member.email, SAFARI_IPHONE, two)
    await lastSeen(sidOf(phone), 12)
    const { status, html } = await page('/compte/securite', here)
    expect(status).toBe(200)
    expect(html).toContain('Vos sessions ouvertes')
    expect(html).toContain('Chrome sur Windows')
    expect(html).toContain('Safari sur iPhone')
    const rows = [...html.matchAll(/<li[^>]*data-session="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => ({ sid: m[1], text: m[2]! }))
    const current = rows.find((r) => r.sid === sidOf(here))!
    const other = rows.find((r) => r.sid === sidOf(phone))!
    expect(current.text).toContain('cette session')
    expect(current.text).not.toContain('>Fermer<')
    expect(other.text).not.toContain('cette session')
    expect(other.text).toContain('Fermer')
    // Last activity twelve minutes ago, in words and as a time.
    expect(other.text).toMatch(/il y a 12 minutes/)
    expect(html).toContain('Fermer toutes les autres sessions')
    // Nobody else's sessions appear.
    const others = await sessionRows(people['member B'].id)
    for (const row of others) expect(html).not.toContain(row.id)
    // The second factor stays offered to coordinators and admins only.
    expect(html).not.toContain('double authentification')
  })

  it('ending one session refuses its token on pages, REST and GraphQL, on both servers; the others keep working', async () => {
    const member = people['member B']
    const here = await login(member.email, CHROME_WINDOWS)
    const ended = await login(member.email, SAFARI_IPHONE, two)
    const kept = await login(member.email, FIREFOX_MAC)
    expect(await works(ended)).toEqual(ALIVE)

    const answer = await submit('/compte/securite', here, `value="${sidOf(ended)}"`, { session: sidOf(ended) })
    expect(answer.status).toBe(200)
    expect(answer.html).toContain('La session a été fermée')
    expect(await works(ended)).toEqual(DEAD)
    expect(await works(ended, two)).toEqual(DEAD)
    expect((await page('/compte/securite', ended)).status).toBe(307)
    expect(await works(kept, two)).toEqual(ALIVE)
    expect(await works(here)).toEqual(ALIVE)

    // "Fermer toutes les autres sessions" keeps only this one.
    const another = await login(member.email, CHROME_ANDROID, two)
    const all = await submit('/compte/securite', here, 'Fermer toutes les autres sessions', { session: 'autres' })
    expect(all.html).toContain('Les autres sessions ont été fermées')
    expect(await works(kept)).toEqual(DEAD)
    expect(await works(another, two)).toEqual(DEAD)
    expect(await works(here, two)).toEqual(ALIVE)
    expect((await sessionRows(member.id)).map((r) => r.id)).toEqual([sidOf(here)])
  })

  it('over REST: a person lists and ends their own sessions, never another person’s', async () => {
    const anne = await createUser(payload, {
      email: 'sess.anne@test.local',
      name: 'Anne Rest',
      roles: ['member'],
      commune: people.communeA.id,
    })
    const bob = await createUser(payload, {
      email: 'sess.bob@test.local',
      name: 'Bob Rest',
      roles: ['member'],
      commune: people.communeA.id,
    })
    const anneOne = await login(anne.email, CHROME_WINDOWS)
    const anneTwo = await login(anne.email, SAFARI_IPHONE, two)
    const bobToken = await login(bob.email, FIREFOX_MAC)

    const listed = await client(one.url, anneOne).request('GET', '/api/users/sessions')
    expect(listed.status).toBe(200)
    expect(listed.json.sessions).toHaveLength(2)
    const mine = listed.json.sessions.find((s: { id: string }) => s.id === sidOf(anneOne))
    expect(mine).toMatchObject({ device: 'Chrome sur Windows', current: true })
    expect(new Date(mine.lastSeenAt).getTime()).toBeGreaterThan(Date.now() - 120_000)
    expect(new Date(mine.createdAt).getTime()).toBeGreaterThan(Date.now() - 120_000)
    expect(listed.json.sessions.find((s: { id: string }) => s.id === sidOf(anneTwo))).toMatchObject({
      device: 'Safari sur iPhone',
      current: false,
    })

    // Bob cannot end Anne's session (the same answer as for a session that does not exist), nor see it.
    const stolen = await client(one.url, bobToken).request('DELETE', `/api/users/sessions/${sidOf(anneTwo)}`)
    expect(stolen.status).toBe(404)
    expect(await works(anneTwo)).toEqual(ALIVE)
    const bobList = await client(two.url, bobToken).request('GET', '/api/users/sessions')
    expect(bobList.json.sessions.map((s: { id: string }) => s.id)).toEqual([sidOf(bobToken)])
    // Nor through the form of the page, with Anne's session id slipped in.
    const forged = await submit('/compte/securite', bobToken, 'aria-label="Vos sessions ouvertes"', { session: sidOf(anneTwo) })
    expect(forged.status).toBe(200)
    expect(forged.html).toContain('Cette session n’existe pas ou est déjà fermée.')
    expect(await works(anneTwo)).toEqual(ALIVE)
    expect(await works(bobToken)).toEqual(ALIVE)
    // Staff read Anne's account, never her sessions.
    for (const reader of [people['validator A'], people.coordinator, people.admin]) {
      const token = await login(reader.email)
      const read = await client(one.url, token).request('GET', `/api/users/${anne.id}`)
      expect(read.status).toBe(200)
      // Payload answers an empty list (or nothing) for a field the reader may not see: never a session id.
      expect(read.json.sessions ?? []).toEqual([])
      expect(JSON.stringify(read.json)).not.toContain(sidOf(anneTwo))
    }
    // Anonymous: nothing.
    expect((await client(one.url, null).request('GET', '/api/users/sessions')).status).toBe(401)
    expect((await client(one.url, null).request('DELETE', `/api/users/sessions/${sidOf(anneTwo)}`)).status).toBe(401)

    const ended = await client(two.url, anneOne).request('DELETE', `/api/users/sessions/${sidOf(anneTwo)}`)
    expect(ended.status).toBe(200)
    expect(await works(anneTwo)).toEqual(DEAD)
    expect(await works(anneOne)).toEqual(ALIVE)
  })

  it('an administrator ends every session of one account (recorded in the account log); nobody else can', async () => {
    const target = await createUser(payload, {
      email: 'sess.target@test.local',
      name: 'Cible Sessions',
      roles: ['member'],
      commune: people.communeA.id,
    })
    const first = await login(target.email, CHROME_WINDOWS)
    const second = await login(target.email, SAFARI_IPHONE, two)
    for (const name of ['member A', 'validator A', 'cotec', 'coordinator'] as const) {
      const token = await login(people[name].email)
      const refused = await client(one.url, token).request('POST', `/api/users/${target.id}/sessions/end`)
      expect(refused.status, name).toBe(403)
    }
    expect((await client(one.url, null).request('POST', `/api/users/${target.id}/sessions/end`)).status).toBe(401)
    expect(await works(first)).toEqual(ALIVE)

    const admin = await login(people.admin.email)
    const done = await client(two.url, admin).request('POST', `/api/users/${target.id}/sessions/end`)
    expect(done.status).toBe(200)
    expect(done.json.message).toContain('Cible Sessions')
    expect(await works(first)).toEqual(DEAD)
    expect(await works(second, two)).toEqual(DEAD)
    expect(await works(admin)).toEqual(ALIVE)
    expect(await events(target.id)).toContainEqual({ type: 'sessions-ended', actor: people.admin.id })
    expect((await client(one.url, admin).request('POST', '/api/users/999999/sessions/end')).status).toBe(404)

    // In the admin panel, an administrator finds « Fermer toutes ses sessions » on the account; a coordinator does not.
    const view = await page(`/admin/collections/users/${target.id}`, admin)
    expect(view.status).toBe(200)
    // As rendered text (>…<): the admin's translations, sent with every admin page, hold the words too.
    const button = />\s*Fermer toutes ses sessions\s*</
    expect(view.html).toMatch(button)
    const coordinatorView = await page(`/admin/collections/users/${target.id}`, await login(people.coordinator.email))
    expect(coordinatorView.html).not.toMatch(button)
  })

  it('incident: an administrator ends everyone’s sessions after confirming; their own current session stays', async () => {
    const tokens = await Promise.all([
      login(people['member A'].email),
      login(people['member B'].email, SAFARI_IPHONE, two),
      login(people.coordinator.email),
      login(people.cotec.email, FIREFOX_MAC, two),
    ])
    const admin = await login(people.admin.email)
    const adminElsewhere = await login(people.admin.email, SAFARI_IPHONE, two)
    const coordinator = tokens[2]!
    expect((await client(one.url, coordinator).request('POST', '/api/users/sessions/end-everyone', { confirm: true })).status).toBe(403)
    // Without the confirmation: a French 400 and nothing ends.
    const unconfirmed = await client(one.url, admin).request('POST', '/api/users/sessions/end-everyone', {})
    expect(unconfirmed.status).toBe(400)
    expect(unconfirmed.json.errors[0].message).toMatch(/confirm/i)
    for (const token of tokens) expect((await works(token)).rest).toBe(true)
    // The page asks for the confirmation too.
    const page1 = await page('/compte/securite', admin)
    expect(page1.html).toContain('Fermer toutes les sessions de tout le monde')
    const noTick = await submit('/compte/securite', admin, 'Fermer toutes les sessions de tout le monde', {})
    expect(noTick.html).toContain('Cochez la case')
    for (const token of tokens) expect((await works(token)).rest).toBe(true)

    const answer = await submit('/compte/securite', admin, 'Fermer toutes les sessions de tout le monde', { confirm: 'on' })
    expect(answer.html).toMatch(/\d+ sessions? (a|ont) été fermée/)
    for (const token of tokens) expect(await works(token)).toEqual(DEAD)
    expect(await works(adminElsewhere, two)).toEqual(DEAD)
    expect(await works(admin, two)).toEqual(ALIVE)
    expect(await events(people.admin.id)).toContainEqual({ type: 'sessions-ended-everyone', actor: people.admin.id })
    // Members reach the page but see no incident button.
    const member = await login(people['member A'].email)
    expect((await page('/compte/securite', member)).html).not.toContain('de tout le monde')
  })

  it(`ends a session idle for more than RELAIS_IDLE_MINUTES on every path; the request is anonymous`, async () => {
    const person = await createUser(payload, { email: 'sess.idle@test.local', name: 'Iris Idle', roles: ['admin'] })
    const idle = async (server = one) => {
      const token = await login(person.email, CHROME_WINDOWS, server)
      await lastSeen(sidOf(token), IDLE_MINUTES + 1)
      return token
    }
    let token = await idle()
    expect(await restUser(token)).toBeNull()
    expect((await sessionRows(person.id)).map((r) => r.id)).not.toContain(sidOf(token))
    expect(await restUser(token)).toBeNull()
    token = await idle(two)
    expect(await graphqlUser(token)).toBeNull()
    token = await idle()
    const idlePage = await page('/compte/securite', token, two)
    expect(idlePage.status).toBe(307)
    expect(idlePage.location).toContain('/connexion')
    token = await idle()
    const adminPanel = await page('/admin', token)
    expect(adminPanel.status === 307 || adminPanel.html.includes('/admin/login')).toBe(true)
    expect(await restUser(token)).toBeNull()

    // Just under the limit: still open, and its last activity moves to now.
    const active = await login(person.email)
    await lastSeen(sidOf(active), IDLE_MINUTES - 1)
    expect(await works(active, two)).toEqual(ALIVE)
    const row = (await sessionRows(person.id)).find((r) => r.id === sidOf(active))!
    expect(Date.now() - row.last_seen_at!.getTime()).toBeLessThan(60_000)
  })

  it('writes the last activity at most about once a minute per session', async () => {
    const person = await createUser(payload, {
      email: 'sess.touch@test.local',
      name: 'Théo Touch',
      roles: ['member'],
      commune: people.communeB.id,
    })
    const token = await login(person.email)
    const seen = async () => (await sessionRows(person.id))[0]!.last_seen_at!.getTime()
    await lastSeen(sidOf(token), 0.5)
    const before = await seen()
    await restUser(token)
    await restUser(token, two)
    expect(await seen()).toBe(before)
    await lastSeen(sidOf(token), 2)
    const older = await seen()
    await restUser(token, two)
    expect(await seen()).toBeGreaterThan(older + 60_000)
  })

  it('hostile input on the session endpoints gets a French 4xx and ends nothing', async () => {
    const victim = await login(people.copil.email, SAFARI_IPHONE)
    const member = await login(people['member A'].email)
    const admin = await login(people.admin.email)
    const raw = async (token: string | null, method: string, path: string, body?: BodyInit, type?: string) => {
      const response = await fetch(`${one.url}${path}`, {
        method,
        body,
        headers: { ...(token ? { authorization: `JWT ${token}` } : {}), ...(type ? { 'content-type': type } : {}) },
      })
      return { status: response.status, text: await response.text() }
    }
    const multipart = '--x\r\nContent-Disposition: form-data; name="confirm"\r\n\r\ntrue\r\n--y--'
    const attempts: [string | null, string, string, BodyInit | undefined, string | undefined][] = [
      [member, 'DELETE', '/api/users/sessions/%00', undefined, undefined],
      [member, 'DELETE', `/api/users/sessions/${'a'.repeat(5000)}`, undefined, undefined],
      [member, 'DELETE', `/api/users/sessions/${encodeURIComponent("' or 1=1 --")}`, undefined, undefined],
      [admin, 'POST', '/api/users/0/sessions/end', undefined, undefined],
      [admin, 'POST', '/api/users/1e99/sessions/end', undefined, undefined],
      [admin, 'POST', '/api/users/abc/sessions/end', undefined, undefined],
      [admin, 'POST', '/api/users/sessions/end-everyone', '{"confirm": tru', 'application/json'],
      [admin, 'POST', '/api/users/sessions/end-everyone', '{"confirm": "true"}', 'application/json'],
      [admin, 'POST', '/api/users/sessions/end-everyone', '{"confirm": true, "keep": "x"}', 'application/json'],
      [admin, 'POST', '/api/users/sessions/end-everyone', multipart, 'multipart/form-data; boundary=x'],
      [null, 'POST', '/api/users/sessions/end-everyone', multipart, 'multipart/form-data; boundary=x'],
      [null, 'GET', '/api/users/sessions', undefined, undefined],
    ]
    for (const [token, method, path, body, type] of attempts) {
      const answer = await raw(token, method, path, body, type)
      expect(answer.status, `${method} ${path.slice(0, 60)}`).toBeGreaterThanOrEqual(400)
      expect(answer.status, `${method} ${path.slice(0, 60)}`).toBeLessThan(500)
      expect(answer.text).not.toMatch(/at .*\.js|stack/i)
    }
    expect(await works(victim)).toEqual(ALIVE)
    expect(await works(member)).toEqual(ALIVE)
  })

  it('logging out removes only that session; the other keeps its device', async () => {
    const person: Person = await createUser(payload, {
      email: 'sess.out@test.local',
      name: 'Olga Out',
      roles: ['member'],
      commune: people.communeA.id,
    })
    const a = await login(person.email)
    const b = await login(person.email, SAFARI_IPHONE)
    await client(one.url, a).request('POST', '/api/users/logout')
    expect(await works(a)).toEqual(DEAD)
    expect(await works(b)).toEqual(ALIVE)
    const [kept] = await sessionRows(person.id)
    expect(kept).toMatchObject({ id: sidOf(b) })
    expect(storedDeviceLabel(kept!.device)).toBe('Safari sur iPhone')
  })
})
