/**
 * The optional second factor (TOTP) of administrators and coordinators, over real HTTP against the production
 * build: enrolment on /compte/securite, every login path (/connexion, REST, GraphQL, the admin form's REST call),
 * replay, the attempt limits, the secret's secrecy, password reset, deactivation and an administrator's reset.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { activateSecondFactor } from '@/auth/totp/enrolment'
import { open } from '@/auth/totp/secretBox'
import { codeAt, stepAt } from '@/auth/totp/totp'
import { poolOf } from '@/db/pool'
import { formIn, postForm, sessionCookie } from '@tests/helpers/forms'
import { client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

describe('second factor over HTTP', () => {
  let payload: Payload
  let server: RunningServer
  let people: People
  let pool: Pool
  let coordinator: Person
  let secret = ''

  beforeAll(async () => {
    const booted = await bootPayload()
    payload = booted.payload
    pool = poolOf(payload)
    people = await createPeople(payload, 'totp')
    coordinator = await createUser(payload, { email: 'totp.claire@test.local', name: 'Claire Deux', roles: ['coordinator'] })
    // 127.0.0.1 is a trusted proxy: a request without X-Forwarded-For comes from 127.0.0.1, one with it from that address.
    server = await startServer(booted.databaseUrl, { RELAIS_TRUSTED_PROXIES: '127.0.0.1' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  const url = (path: string) => `${server.url}${path}`
  const cookieOf = (token: string) => `payload-token=${token}`
  const page = async (path: string, cookie?: string) => {
    // As a browser navigates (Payload accepts the session cookie of a same-site or direct navigation only).
    const response = await fetch(url(path), { headers: { 'sec-fetch-site': 'none', ...(cookie ? { cookie } : {}) }, redirect: 'manual' })
    return { status: response.status, html: await response.text(), location: response.headers.get('location') }
  }
  const row = async (id: number) =>
    (await pool.query('select totp_enabled, totp_secret, totp_last_step::int from users where id = $1', [id])).rows[0]
  // Failed login attempts on record (collections/Users/hooks/throttleLogin.ts), every account and connection together.
  const attempts = async () =>
    (await pool.query(`select count(*)::int as n from throttle_events where action = 'login'`)).rows[0].n as number
  // Stands for time passing: as if the last accepted code was two steps ago, so that the current one is fresh.
  const letTimePass = (id: number) => pool.query('update users set totp_last_step = $1 where id = $2', [stepAt() - 2, id])
  // Starts a test's count of failed logins from zero, so that earlier tests' refusals do not reach the limits.
  const forgive = (_id: number) => pool.query(`delete from throttle_events where action = 'login'`)
  const code = (offset = 0) => codeAt(secret, stepAt() + offset)
  const events = async (id: number) =>
    (await payload.find({ collection: 'account-events', where: { user: { equals: id } }, sort: 'createdAt', depth: 0 })).docs.map((e) => ({
      type: e.type,
      actor: e.actor,
    }))

  const restLogin = (email: string, password: string, extra: Record<string, unknown> = {}) =>
    client(server.url, null).request('POST', '/api/users/login', { email, password, ...extra })
  const graphqlLogin = async (email: string, password: string, totp?: string) => {
    const response = await fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(totp ? { 'x-totp-code': totp } : {}) },
      body: JSON.stringify({
        query: 'mutation ($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
        variables: { e: email, p: password },
      }),
    })
    const json = await response.json()
    return json.data?.loginUser?.token as string | undefined
  }
  const connexion = async (email: string, password: string, totp = '') => {
    const { html } = await page('/connexion')
    return postForm(url('/connexion'), formIn(html, 'name="password"'), { email, password, code: totp, next: '/' })
  }

  it('is offered to coordinators and admins only: a member’s security page (their sessions) has no second factor, and they cannot activate', async () => {
    const member = cookieOf(await loginToken(server.url, people['member A'].email, PASSWORD))
    const memberPage = await page('/compte/securite', member)
    expect(memberPage.status).toBe(200)
    expect(memberPage.html).not.toContain('totp-status')
    expect(memberPage.html).not.toMatch(/<svg[^>]*>/)
    expect((await row(people['member A'].id)).totp_secret).toBeNull()
    const memberDoc = await payload.findByID({ collection: 'users', id: people['member A'].id })
    expect(await activateSecondFactor(payload, memberDoc, '123456')).toMatchObject({ ok: false })
    const anonymous = await page('/compte/securite')
    expect(anonymous.status).toBeGreaterThanOrEqual(300)
    expect(anonymous.status).toBeLessThan(400)
    const admin = cookieOf(await loginToken(server.url, people.admin.email, PASSWORD))
    expect((await page('/', admin)).html).toContain('href="/compte/securite"')
  })

  it('a coordinator enrols: QR code and key shown, bad and wrong codes refused, the current code activates', async () => {
    const session = cookieOf(await loginToken(server.url, coordinator.email, PASSWORD))
    const first = await page('/compte/securite', session)
    expect(first.status).toBe(200)
    expect(first.html).toContain('n’est <strong>pas active</strong>')
    expect(first.html).toMatch(/<svg[^>]*>/)
    secret = /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(first.html)![1]!.replace(/ /g, '')
    expect(secret).toHaveLength(32)
    // Reloading keeps the secret the app may already have scanned.
    expect((await page('/compte/securite', session)).html).toContain(/data-testid="totp-secret">([A-Z2-7 ]+)</.exec(first.html)![1]!)
    const activate = (value: string) =>
      postForm(
        url('/compte/securite'),
        formIn(first.html, 'Activer la double authentification'),
        { code: value, currentPassword: PASSWORD },
        session,
      )

    for (const bad of ['12345', '1234567', 'abcdef', '']) {
      const answer = await activate(bad)
      expect(answer.status, bad).toBe(200)
      expect(answer.html).toContain('Saisissez le code à 6 chiffres affiché par votre application.')
    }
    expect((await activate(code(5))).html).toContain('Ce code ne correspond pas')
    expect((await row(coordinator.id)).totp_enabled).toBe(false)

    const done = await activate(code())
    expect(done.html).toContain('La double authentification est active.')
    expect((await row(coordinator.id)).totp_enabled).toBe(true)
    expect((await page('/compte/securite', session)).html).toContain('est <strong>active</strong>')
    expect(await events(coordinator.id)).toEqual([{ type: 'totp-enabled', actor: coordinator.id }])
  })

  it('stores the secret encrypted, and no API ever returns it', async () => {
    const stored = await row(coordinator.id)
    expect(stored.totp_secret).toMatch(/^v1\./)
    expect(stored.totp_secret).not.toContain(secret)
    const forbidden = (text: string) => {
      expect(text).not.toContain(secret)
      expect(text).not.toContain(stored.totp_secret)
      // GraphQL lists the fields in its schema but resolves them to null for everyone.
      expect(text).not.toMatch(/"(totpSecret|totpLastStep)":(?!null)/)
    }
    await letTimePass(coordinator.id)
    const own = (await restLogin(coordinator.email, PASSWORD, { totp: code() })).json.token as string
    const admin = await loginToken(server.url, people.admin.email, PASSWORD)
    for (const [token, path] of [
      [own, '/api/users/me'],
      [own, `/api/users/${coordinator.id}`],
      [admin, `/api/users/${coordinator.id}`],
      [admin, `/api/users/${coordinator.id}?depth=0&select[totpSecret]=true&select[totpLastStep]=true`],
      [admin, `/api/users?where[email][equals]=${coordinator.email}`],
    ] as const) {
      const { status, json } = await client(server.url, token).request('GET', path)
      expect(status, path).toBeLessThan(500)
      forbidden(JSON.stringify(json))
    }
    expect((await client(server.url, admin).request('GET', `/api/users/${coordinator.id}`)).json.totpEnabled).toBe(true)
    for (const query of ['{ Users { docs { id email totpEnabled } } }', '{ Users { docs { id totpSecret totpLastStep } } }']) {
      const response = await fetch(url('/api/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` },
        body: JSON.stringify({ query }),
      })
      expect(response.status).toBeLessThan(500)
      forbidden(await response.text())
    }
    // Filtering on it would leak it character by character: refused or answered as if nobody matched.
    const probe = await client(server.url, admin).request('GET', `/api/users?where[totpSecret][like]=v1`)
    expect(probe.status).toBeLessThan(500)
    expect(probe.json?.docs?.length ?? 0).toBe(0)
  })

  it('without the code, a right password gives no session on /connexion, REST, GraphQL nor the admin form', async () => {
    await letTimePass(coordinator.id)
    const before = await attempts()
    // /connexion: the right password leads to the code step (a proof of it in a cookie), never to a session.
    const refused = await connexion(coordinator.email, PASSWORD)
    expect(refused.status).toBe(303)
    expect(refused.location).toMatch(/^\/connexion\?etape=code/)
    expect(sessionCookie(refused.setCookie)).toBeNull()
    expect(sessionCookie(refused.setCookie, 'relais-login-step')).toBeTruthy()
    // The admin panel's login form posts exactly this.
    const rest = await restLogin(coordinator.email, PASSWORD)
    expect(rest.status).toBe(401)
    expect(rest.json.token).toBeUndefined()
    expect(await graphqlLogin(coordinator.email, PASSWORD)).toBeUndefined()
    expect(await attempts()).toBe(before + 3)
    expect((await page('/admin/login')).html).toContain('Double authentification activée ?')
  })

  it('a wrong code is refused like a wrong password, and a wrong password with the right code too', async () => {
    await letTimePass(coordinator.id)
    await forgive(coordinator.id)
    const wrong = code(7)
    const answer = await connexion(coordinator.email, PASSWORD, wrong)
    expect(answer.html).toContain('Adresse e-mail, mot de passe ou code de vérification incorrect.')
    expect(sessionCookie(answer.setCookie)).toBeNull()
    const rest = await restLogin(coordinator.email, PASSWORD, { totp: wrong })
    expect(rest.status).toBe(401)
    const wrongPassword = await restLogin(coordinator.email, 'not-the-password-123', { totp: code() })
    expect(wrongPassword.status).toBe(401)
    // Same status and message: nothing tells which one was wrong.
    expect(wrongPassword.json).toEqual(rest.json)
    expect(await graphqlLogin(coordinator.email, PASSWORD, wrong)).toBeUndefined()
  })

  it('refuses malformed codes with a French 400 and counts nothing', async () => {
    const before = await attempts()
    for (const bad of ['1234567', 'abcdef', '12 34', 123456, { x: 1 }]) {
      const { status, json } = await restLogin(coordinator.email, PASSWORD, { totp: bad })
      expect(status, JSON.stringify(bad)).toBe(400)
      expect(JSON.stringify(json)).toContain('Le code de vérification compte 6 chiffres.')
    }
    expect((await connexion(coordinator.email, PASSWORD, 'abc')).html).toContain('Le code de vérification compte 6 chiffres.')
    expect(await attempts()).toBe(before)
  })

  it('the right code opens a session on every path; a code works once', async () => {
    await letTimePass(coordinator.id)
    await forgive(coordinator.id)
    const ok = await connexion(coordinator.email, PASSWORD, code())
    expect([303, 307]).toContain(ok.status)
    const cookie = sessionCookie(ok.setCookie)!
    expect((await page('/compte/securite', cookie)).status).toBe(200)
    // The same code again: refused, on any path.
    const replay = await restLogin(coordinator.email, PASSWORD, { totp: code() })
    expect(replay.status).toBe(401)
    expect(await graphqlLogin(coordinator.email, PASSWORD, code())).toBeUndefined()

    await letTimePass(coordinator.id)
    const rest = await restLogin(coordinator.email, PASSWORD, { totp: code() })
    expect(rest.status).toBe(200)
    expect(rest.json.token).toBeTruthy()
    // The success forgave this connection's failures (the two replays) on this account.
    expect(await attempts()).toBe(0)
    await letTimePass(coordinator.id)
    expect(await graphqlLogin(coordinator.email, PASSWORD, code())).toBeTruthy()
  })

  it('five wrong codes from one connection: the sixth attempt from there is refused even with password and code, not from elsewhere', async () => {
    const other = await createUser(payload, { email: 'totp.lock@test.local', name: 'Léon Lock', roles: ['admin'] })
    const otherSecret = (await import('@/auth/totp/enrolment')).enrolmentView
    const view = await otherSecret(payload, await payload.findByID({ collection: 'users', id: other.id }))
    const key = view.enabled ? '' : view.secret
    expect(
      await activateSecondFactor(payload, await payload.findByID({ collection: 'users', id: other.id }), codeAt(key, stepAt())),
    ).toMatchObject({ ok: true })
    await pool.query('update users set totp_last_step = $1 where id = $2', [stepAt() - 2, other.id])
    const from = (address: string, totp: string) =>
      fetch(url('/api/users/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email: other.email, password: PASSWORD, totp }),
      })
    for (let i = 0; i < 5; i++) expect((await from('192.0.2.50', codeAt(key, stepAt() + 9 + i))).status).toBe(401)
    const refused = await from('192.0.2.50', codeAt(key, stepAt()))
    expect(refused.status).toBe(429)
    expect((await refused.json()).errors[0].message).toMatch(/^Trop de tentatives de connexion erronées/)
    // The code was not even checked (nor spent): the person, from her own connection, logs in with it.
    const own = await from('192.0.2.51', codeAt(key, stepAt()))
    expect(own.status).toBe(200)
  })

  it('a password reset by e-mail link changes the password but opens no session', async () => {
    await forgive(coordinator.id)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: coordinator.email }, disableEmail: true })
    const fresh = 'un nouveau mot de passe pour Claire'
    const response = await fetch(url('/api/users/reset-password'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password: fresh }),
    })
    expect(response.status).toBe(200)
    const json = await response.json()
    expect(json.token).toBeUndefined()
    expect(response.headers.getSetCookie().find((c) => /^payload-token=[^;]/.test(c))).toBeUndefined()
    expect((await restLogin(coordinator.email, fresh)).status).toBe(401)
    await letTimePass(coordinator.id)
    expect((await restLogin(coordinator.email, fresh, { totp: code() })).status).toBe(200)
    await payload.update({ collection: 'users', id: coordinator.id, data: { password: PASSWORD } })
  })

  it('the person turns it off with a valid code only', async () => {
    await forgive(coordinator.id)
    await letTimePass(coordinator.id)
    const session = cookieOf((await restLogin(coordinator.email, PASSWORD, { totp: code() })).json.token)
    const { html } = await page('/compte/securite', session)
    const form = formIn(html, 'Désactiver la double authentification')
    await letTimePass(coordinator.id)
    expect((await postForm(url('/compte/securite'), form, { code: 'abc', currentPassword: PASSWORD }, session)).html).toContain(
      'Saisissez le code à 6 chiffres',
    )
    expect((await postForm(url('/compte/securite'), form, { code: code(8), currentPassword: PASSWORD }, session)).html).toContain(
      'Ce code ne correspond pas',
    )
    expect((await row(coordinator.id)).totp_enabled).toBe(true)
    const before = await row(coordinator.id)
    expect((await postForm(url('/compte/securite'), form, { code: code(), currentPassword: PASSWORD }, session)).html).toContain(
      'La double authentification est désactivée.',
    )
    const after = await row(coordinator.id)
    expect([after.totp_enabled, after.totp_last_step]).toEqual([false, null])
    // The old secret is forgotten; the page that answered already offers a new one to enrol again.
    expect(after.totp_secret).not.toBe(before.totp_secret)
    expect(open(after.totp_secret, payload.secret)).not.toBe(secret)
    expect((await restLogin(coordinator.email, PASSWORD)).status).toBe(200)
    expect((await events(coordinator.id)).map((e) => e.type)).toEqual(['totp-enabled', 'totp-disabled'])
  })

  it('an administrator resets another person’s second factor; nobody else can, nor switch it on', async () => {
    const target = await createUser(payload, { email: 'totp.lost@test.local', name: 'Perdu Téléphone', roles: ['coordinator'] })
    const doc = await payload.findByID({ collection: 'users', id: target.id })
    const view = await (await import('@/auth/totp/enrolment')).enrolmentView(payload, doc)
    expect(await activateSecondFactor(payload, doc, codeAt(view.enabled ? '' : view.secret, stepAt()))).toMatchObject({ ok: true })

    const as = async (email: string) => client(server.url, await loginToken(server.url, email, PASSWORD))
    const coordinatorClient = await as(people.coordinator.email)
    await coordinatorClient.request('PATCH', `/api/users/${target.id}`, { totpEnabled: false })
    expect((await row(target.id)).totp_enabled).toBe(true)

    const admin = await as(people.admin.email)
    const reset = await admin.request('PATCH', `/api/users/${target.id}`, { totpEnabled: false })
    expect(reset.status).toBe(200)
    const after = await row(target.id)
    expect([after.totp_enabled, after.totp_secret, after.totp_last_step]).toEqual([false, null, null])
    expect(await events(target.id)).toEqual([
      { type: 'totp-enabled', actor: target.id },
      { type: 'totp-reset', actor: people.admin.id },
    ])
    expect((await restLogin(target.email, PASSWORD)).status).toBe(200)

    // Switching it on for someone would lock them out: only enrolment does it.
    const forced = await admin.request('PATCH', `/api/users/${target.id}`, { totpEnabled: true })
    expect(forced.status).toBe(403)
    expect((await row(target.id)).totp_enabled).toBe(false)
    // Nor does an admin turn off their own without a code.
    await pool.query('update users set totp_enabled = true where id = $1', [people.admin.id])
    await admin.request('PATCH', `/api/users/${people.admin.id}`, { totpEnabled: false })
    expect((await row(people.admin.id)).totp_enabled).toBe(true)
    await pool.query('update users set totp_enabled = false where id = $1', [people.admin.id])
  })
})
