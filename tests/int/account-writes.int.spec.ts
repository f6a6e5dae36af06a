/**
 * Who may write a password, an e-mail address or an administrator's account, over real HTTP against the
 * production build: REST (by id and bulk with `where`), GraphQL, the intranet's forms and the reset link.
 * A password is set only by its owner (who gives the current one) or through the e-mailed link.
 */
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { codeAt, stepAt } from '@/auth/totp/totp'
import { poolOf } from '@/db/pool'
import { type FormResponse, postForm, sessionCookie } from '@tests/helpers/forms'
import { client, loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD, type People, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

const FRESH = 'une phrase neuve pour le compte'
const WRONG = 'pas-le-bon-mot-de-passe-42'

describe('account writes over HTTP', () => {
  let payload: Payload
  let pool: Pool
  let server: RunningServer
  let mailbox: Mailbox
  let people: People
  let cotecA: Person
  let adminA: Person
  let sequence = 0

  beforeAll(async () => {
    mailbox = await startSmtpCatcher()
    const booted = await bootPayload()
    payload = booted.payload
    pool = poolOf(payload)
    people = await createPeople(payload, 'aw')
    cotecA = await createUser(payload, {
      email: 'aw.cotec-a@test.local',
      name: 'Corinne Cotec',
      roles: ['cotec', 'member'],
      commune: people.communeA.id,
    })
    adminA = await createUser(payload, {
      email: 'aw.admin-a@test.local',
      name: 'Adrien Admin',
      roles: ['admin'],
      commune: people.communeA.id,
    })
    server = await startServer(booted.databaseUrl, mailbox.env)
  })
  afterAll(async () => {
    await server?.stop()
    await mailbox?.stop()
  })

  const url = (path: string) => `${server.url}${path}`
  const as = async (email: string, password = PASSWORD) => client(server.url, await loginToken(server.url, email, password))
  const person = async (name: string, extra: { roles?: ('member' | 'coordinator' | 'admin' | 'cotec')[]; commune?: number | null } = {}) =>
    createUser(payload, {
      email: `aw.${name}.${sequence++}@test.local`,
      name: `Personne ${name}`,
      roles: extra.roles ?? ['member'],
      commune: extra.commune === undefined ? people.communeA.id : extra.commune,
    })
  const canLogin = async (email: string, password: string) =>
    (await client(server.url, null).request('POST', '/api/users/login', { email, password })).status === 200
  const row = async (id: number) =>
    (
      await pool.query(
        'select email, name, function, disabled, commune_validator, hash, (select array_agg(value order by value) from users_roles where parent_id = $1) as roles from users where id = $1',
        [id],
      )
    ).rows[0]
  const graphql = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ query, variables }),
    })
    expect(response.status).toBeLessThan(500)
    return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
  }
  const cookieOf = (token: string) => `payload-token=${token}`
  const page = async (path: string, cookie?: string) => {
    const response = await fetch(url(path), { headers: { 'sec-fetch-site': 'none', ...(cookie ? { cookie } : {}) }, redirect: 'manual' })
    return { status: response.status, html: await response.text() }
  }
  /** The form of the page that holds every marker (e.g. a button's label and an account's id). */
  const formWith = (html: string, ...markers: string[]) => {
    const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => markers.every((m) => f.includes(m)))
    if (!form) throw new Error(`no form with ${markers.join(' + ')}`)
    return form
  }
  const text = (answer: FormResponse) => answer.html.replace(/<!-- -->/g, '')
  const me = async (token: string) => (await client(server.url, token).request('GET', '/api/users/me')).json?.user?.id ?? null
  const linkIn = (mail: ParsedMail) => /href="([^"]*reinitialiser-mot-de-passe\?token=[^"]+)"/.exec(String(mail.html))![1]!
  const tokenIn = (mail: ParsedMail) => new URL(linkIn(mail).replace(/&amp;/g, '&')).searchParams.get('token')!
  const mailTo = (email: string) => mailbox.messages.filter((m) => (m.to as { text: string } | undefined)?.text.includes(email))

  describe('nobody sets the password of another account', () => {
    it('a validator cannot set the password of a COTEC member of her commune: REST, bulk PATCH, GraphQL', async () => {
      const validator = await as(people['validator A'].email)
      const byId = await validator.request('PATCH', `/api/users/${cotecA.id}`, { password: FRESH })
      expect(byId.status).toBeGreaterThanOrEqual(400)
      expect(byId.status).toBeLessThan(500)
      expect(JSON.stringify(byId.json)).toContain('lien')
      // Her own current password proves who she is, not that the account is hers.
      const withHers = await validator.request('PATCH', `/api/users/${cotecA.id}`, { password: FRESH, currentPassword: PASSWORD })
      expect(withHers.status).toBeGreaterThanOrEqual(400)
      const bulk = await validator.request('PATCH', `/api/users?where[commune][equals]=${people.communeA.id}`, { password: FRESH })
      expect(bulk.status).toBeLessThan(500)
      const token = await loginToken(server.url, people['validator A'].email, PASSWORD)
      const answer = await graphql(token, 'mutation ($id: Int!, $p: String!) { updateUser(id: $id, data: { password: $p }) { id } }', {
        id: cotecA.id,
        p: FRESH,
      })
      expect(answer.errors?.length).toBeGreaterThan(0)
      for (const target of [cotecA, people['member A'], people['validator A']]) {
        expect(await canLogin(target.email, FRESH), target.email).toBe(false)
        expect(await canLogin(target.email, PASSWORD), target.email).toBe(true)
      }
    })

    it('a coordinator cannot set the password of an administrator, nor of anyone else', async () => {
      const coordinator = await as(people.coordinator.email)
      const member = await person('cible')
      for (const target of [people.admin, member]) {
        const answer = await coordinator.request('PATCH', `/api/users/${target.id}`, { password: FRESH })
        expect(answer.status, target.email).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect((await coordinator.request('PATCH', `/api/users?where[id][equals]=${target.id}`, { password: FRESH })).status).toBeLessThan(
          500,
        )
        const token = await loginToken(server.url, people.coordinator.email, PASSWORD)
        await graphql(token, 'mutation ($id: Int!, $p: String!) { updateUser(id: $id, data: { password: $p }) { id } }', {
          id: target.id,
          p: FRESH,
        })
        expect(await canLogin(target.email, FRESH), target.email).toBe(false)
        expect(await canLogin(target.email, PASSWORD), target.email).toBe(true)
      }
    })

    it('an account created by staff gets no password chosen by them: the person receives a link to choose it', async () => {
      const coordinator = await as(people.coordinator.email)
      const email = `aw.nouvelle.${sequence++}@test.local`
      const chosen = 'choisi par la coordination'
      const created = await coordinator.request('POST', '/api/users', {
        email,
        name: 'Nina Nouvelle',
        roles: ['member'],
        commune: people.communeA.id,
        password: chosen,
      })
      expect(created.status).toBe(201)
      expect(await canLogin(email, chosen)).toBe(false)
      const mail = await mailbox.waitFor((m) => (m.to as { text: string }).text.includes(email))
      expect(mail.subject).toMatch(/Relais/)
      const reset = await client(server.url, null).request('POST', '/api/users/reset-password', { token: tokenIn(mail), password: FRESH })
      expect(reset.status).toBe(200)
      expect(await canLogin(email, FRESH)).toBe(true)

      const viaGraphql = `aw.graphql.${sequence++}@test.local`
      const token = await loginToken(server.url, people.coordinator.email, PASSWORD)
      const answer = await graphql(
        token,
        'mutation ($e: String!, $p: String!) { createUser(data: { email: $e, name: "Gaël Graph", roles: member, password: $p }) { id } }',
        { e: viaGraphql, p: chosen },
      )
      expect(answer.errors).toBeUndefined()
      expect(await canLogin(viaGraphql, chosen)).toBe(false)
      await mailbox.waitFor((m) => (m.to as { text: string }).text.includes(viaGraphql))
    })
  })

  describe('nobody but an administrator touches an administrator account', () => {
    it('a coordinator changes no field of an administrator, nor disables, deletes, demotes or resets their second factor', async () => {
      const coordinator = await as(people.coordinator.email)
      const before = await row(people.admin.id)
      for (const data of [
        { name: 'Pris' },
        { disabled: true },
        { roles: ['coordinator'] },
        { email: 'pris@test.local' },
        { function: 'Prise' },
        { totpEnabled: false },
      ]) {
        const answer = await coordinator.request('PATCH', `/api/users/${people.admin.id}`, data)
        expect(answer.status, JSON.stringify(data)).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
      }
      expect(
        (await coordinator.request('PATCH', `/api/users?where[id][equals]=${people.admin.id}`, { name: 'Pris en bloc' })).status,
      ).toBeLessThan(500)
      const token = await loginToken(server.url, people.coordinator.email, PASSWORD)
      await graphql(token, 'mutation ($id: Int!) { updateUser(id: $id, data: { name: "Pris par GraphQL" }) { id } }', {
        id: people.admin.id,
      })
      expect((await coordinator.request('DELETE', `/api/users/${people.admin.id}`)).status).toBeGreaterThanOrEqual(400)
      const after = await row(people.admin.id)
      expect(after).toEqual(before)
      const stored = await payload.findByID({ collection: 'users', id: people.admin.id })
      expect(stored.roles).toEqual(['admin'])
    })

    it('a validator changes nothing on an administrator account of her commune', async () => {
      const validator = await as(people['validator A'].email)
      const before = await row(adminA.id)
      for (const data of [{ disabled: true }, { function: 'Prise' }, { communeValidator: true }]) {
        const answer = await validator.request('PATCH', `/api/users/${adminA.id}`, data)
        expect(answer.status).toBeLessThan(500)
      }
      await validator.request('PATCH', `/api/users?where[id][equals]=${adminA.id}`, { disabled: true, function: 'En bloc' })
      expect(await row(adminA.id)).toEqual(before)
    })

    it('an administrator still manages another administrator', async () => {
      const admin = await as(people.admin.email)
      const answer = await admin.request('PATCH', `/api/users/${adminA.id}`, { function: 'Informatique' })
      expect(answer.status).toBe(200)
      expect((await row(adminA.id)).function).toBe('Informatique')
    })
  })

  describe('one’s own password, e-mail and second factor ask for the current password', () => {
    it('REST: without, with a wrong, then with the right current password; the other sessions end', async () => {
      const member = await person('soi')
      const kept = await loginToken(server.url, member.email, PASSWORD)
      const other = await loginToken(server.url, member.email, PASSWORD)
      const own = client(server.url, kept)
      const bare = await own.request('PATCH', `/api/users/${member.id}`, { password: FRESH })
      expect(bare.status).toBe(400)
      expect(JSON.stringify(bare.json)).toContain('mot de passe actuel')
      const wrong = await own.request('PATCH', `/api/users/${member.id}`, { password: FRESH, currentPassword: WRONG })
      expect(wrong.status).toBe(400)
      expect(JSON.stringify(wrong.json)).toContain('mot de passe actuel est incorrect')
      expect(await canLogin(member.email, FRESH)).toBe(false)
      // Bulk writes never set a password, not even one's own with the right current one.
      await own.request('PATCH', `/api/users?where[id][equals]=${member.id}`, { password: FRESH, currentPassword: PASSWORD })
      expect(await canLogin(member.email, FRESH)).toBe(false)

      const right = await own.request('PATCH', `/api/users/${member.id}`, { password: FRESH, currentPassword: PASSWORD })
      expect(right.status).toBe(200)
      expect(JSON.stringify(right.json)).not.toContain(PASSWORD)
      expect(await me(kept)).toBe(member.id)
      expect(await me(other)).toBeNull()
      expect(await canLogin(member.email, FRESH)).toBe(true)
      expect(await canLogin(member.email, PASSWORD)).toBe(false)
    })

    it('GraphQL: updateUser asks for currentPassword too', async () => {
      const member = await person('graphql')
      const token = await loginToken(server.url, member.email, PASSWORD)
      const mutation =
        'mutation ($id: Int!, $p: String!, $c: String) { updateUser(id: $id, data: { password: $p, currentPassword: $c }) { id } }'
      expect((await graphql(token, mutation, { id: member.id, p: FRESH })).errors?.length).toBeGreaterThan(0)
      expect((await graphql(token, mutation, { id: member.id, p: FRESH, c: WRONG })).errors?.length).toBeGreaterThan(0)
      expect(await canLogin(member.email, FRESH)).toBe(false)
      expect((await graphql(token, mutation, { id: member.id, p: FRESH, c: PASSWORD })).errors).toBeUndefined()
      expect(await canLogin(member.email, FRESH)).toBe(true)
    })

    it('changing one’s e-mail address asks for the current password (by id and in bulk)', async () => {
      const member = await person('courriel')
      const own = await as(member.email)
      const address = `aw.nouvelle-adresse.${sequence++}@test.local`
      expect((await own.request('PATCH', `/api/users/${member.id}`, { email: address })).status).toBe(400)
      expect((await own.request('PATCH', `/api/users/${member.id}`, { email: address, currentPassword: WRONG })).status).toBe(400)
      await own.request('PATCH', `/api/users?where[id][equals]=${member.id}`, { email: address })
      expect((await row(member.id)).email).toBe(member.email)
      expect((await own.request('PATCH', `/api/users/${member.id}`, { email: address, currentPassword: PASSWORD })).status).toBe(200)
      expect((await row(member.id)).email).toBe(address)
      // Other fields of one's own account still need nothing more.
      expect((await own.request('PATCH', `/api/users/${member.id}`, { name: 'Nom changé' })).status).toBe(200)
    })

    it('wrong current passwords count like failed logins: after five, this connection may try no more', async () => {
      const member = await person('verrou')
      const own = await as(member.email)
      for (let i = 0; i < 5; i++)
        await own.request('PATCH', `/api/users/${member.id}`, { password: FRESH, currentPassword: `${WRONG}${i}` })
      // The same count as the login's: from this connection, logging in with the right password is refused too.
      expect(await canLogin(member.email, PASSWORD)).toBe(false)
      const locked = await own.request('PATCH', `/api/users/${member.id}`, { password: FRESH, currentPassword: PASSWORD })
      expect(locked.status).toBeGreaterThanOrEqual(400)
      expect(locked.status).toBeLessThan(500)
      expect(await canLogin(member.email, FRESH)).toBe(false)
    })

    it('the second factor is switched on and off on /compte/securite with the current password', async () => {
      const coordinator = await person('deux', { roles: ['coordinator'], commune: null })
      const session = cookieOf(await loginToken(server.url, coordinator.email, PASSWORD))
      const first = await page('/compte/securite', session)
      const secret = /data-testid="totp-secret">([A-Z2-7 ]+)</.exec(first.html)![1]!.replace(/ /g, '')
      const activate = formWith(first.html, 'Activer la double authentification')
      const enabled = async () => (await pool.query('select totp_enabled from users where id = $1', [coordinator.id])).rows[0].totp_enabled
      const code = (offset: number) => codeAt(secret, stepAt() + offset)
      expect(text(await postForm(url('/compte/securite'), activate, { code: code(0) }, session))).toContain('mot de passe actuel')
      expect(await enabled()).toBe(false)
      expect(text(await postForm(url('/compte/securite'), activate, { code: code(0), currentPassword: WRONG }, session))).toContain(
        'mot de passe actuel est incorrect',
      )
      expect(await enabled()).toBe(false)
      expect(text(await postForm(url('/compte/securite'), activate, { code: code(0), currentPassword: PASSWORD }, session))).toContain(
        'La double authentification est active.',
      )
      expect(await enabled()).toBe(true)

      await pool.query('update users set totp_last_step = $1 where id = $2', [stepAt() - 2, coordinator.id])
      const deactivate = formWith((await page('/compte/securite', session)).html, 'Désactiver la double authentification')
      expect(text(await postForm(url('/compte/securite'), deactivate, { code: code(0) }, session))).toContain('mot de passe actuel')
      expect(await enabled()).toBe(true)
      expect(text(await postForm(url('/compte/securite'), deactivate, { code: code(0), currentPassword: PASSWORD }, session))).toContain(
        'La double authentification est désactivée.',
      )
      expect(await enabled()).toBe(false)
    })

    it('a member changes their password on “Mon compte”: current, new and confirmation; the other sessions end', async () => {
      const member = await person('intranet')
      const session = cookieOf(await loginToken(server.url, member.email, PASSWORD))
      const other = await loginToken(server.url, member.email, PASSWORD)
      const account = await page('/compte', session)
      expect(account.status).toBe(200)
      const form = formWith(account.html, 'name="currentPassword"', 'name="confirm"')
      const change = (fields: Record<string, string>) => postForm(url('/compte'), form, fields, session).then(text)
      expect(await change({ currentPassword: WRONG, password: FRESH, confirm: FRESH })).toContain('mot de passe actuel est incorrect')
      expect(await change({ currentPassword: PASSWORD, password: FRESH, confirm: `${FRESH}!` })).toContain('ne sont pas identiques')
      expect(await change({ currentPassword: PASSWORD, password: 'court', confirm: 'court' })).toContain('au moins 12 caractères')
      expect(await canLogin(member.email, FRESH)).toBe(false)
      expect(await change({ currentPassword: PASSWORD, password: FRESH, confirm: FRESH })).toContain('Votre mot de passe a été changé')
      expect(await canLogin(member.email, FRESH)).toBe(true)
      expect((await page('/compte', session)).status).toBe(200)
      expect(await me(other)).toBeNull()
    })
  })

  describe('a validator or coordinator sends a reset link instead', () => {
    const sendFrom = async (cookie: string, target: Person, communeId?: number) => {
      const path = `/ma-commune/comptes${communeId ? `?commune=${communeId}` : ''}`
      const { html } = await page(path, cookie)
      return { html, send: () => postForm(url(path), formWith(html, 'reset-link', `value="${target.id}"`), {}, cookie) }
    }

    it('from /ma-commune/comptes: Payload’s e-mail arrives, the page says so, and the link sets the password', async () => {
      const target = await person('lien')
      const validator = cookieOf(await loginToken(server.url, people['validator A'].email, PASSWORD))
      const answer = text(await (await sendFrom(validator, target)).send())
      expect(answer).toContain(`Un lien pour choisir un nouveau mot de passe a été envoyé à ${target.email}`)
      const mail = await mailbox.waitFor((m) => (m.to as { text: string }).text.includes(target.email))
      expect(mail.subject).toBe('Relais : réinitialisation de votre mot de passe')
      const resetPage = await page(
        new URL(linkIn(mail).replace(/&amp;/g, '&')).pathname + new URL(linkIn(mail).replace(/&amp;/g, '&')).search,
      )
      const done = await postForm(url('/reinitialiser-mot-de-passe'), formWith(resetPage.html, 'name="confirm"'), {
        token: tokenIn(mail),
        password: FRESH,
        confirm: FRESH,
      })
      expect(done.location).toContain('/connexion')
      expect(await canLogin(target.email, FRESH)).toBe(true)
      expect(sessionCookie(done.setCookie)).toBeNull()
    })

    it('a coordinator sends one to any commune’s employee, never to an administrator; a validator only in her commune', async () => {
      const coordinator = cookieOf(await loginToken(server.url, people.coordinator.email, PASSWORD))
      const inB = await person('lien-b', { commune: people.communeB.id })
      expect(text(await (await sendFrom(coordinator, inB, people.communeB.id)).send())).toContain(
        'Un lien pour choisir un nouveau mot de passe a été envoyé',
      )
      await mailbox.waitFor((m) => (m.to as { text: string }).text.includes(inB.email))

      // The administrator of commune A: no button, and a forged request is refused without any e-mail.
      const { html } = await page(`/ma-commune/comptes?commune=${people.communeA.id}`, coordinator)
      expect(() => formWith(html, 'reset-link', `value="${adminA.id}"`)).toThrow()
      const forged = formWith(html, 'reset-link').replace(/(name="user" value=")\d+/, `$1${adminA.id}`)
      const sentBefore = mailTo(adminA.email).length
      const refusedAnswer = text(await postForm(url('/ma-commune/comptes'), forged, {}, coordinator))
      expect(refusedAnswer).toContain('Seul un administrateur')
      const validator = cookieOf(await loginToken(server.url, people['validator A'].email, PASSWORD))
      const validatorPage = (await page('/ma-commune/comptes', validator)).html
      const toB = formWith(validatorPage, 'reset-link').replace(/(name="user" value=")\d+/, `$1${inB.id}`)
      expect(text(await postForm(url('/ma-commune/comptes'), toB, {}, validator))).not.toContain('a été envoyé')
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(mailTo(adminA.email).length).toBe(sentBefore)
      expect(mailTo(inB.email).length).toBe(1)
    })

    it('over REST too: POST /api/users/<id>/reset-link', async () => {
      const target = await person('lien-rest')
      const validator = await as(people['validator A'].email)
      const sent = await validator.request('POST', `/api/users/${target.id}/reset-link`)
      expect(sent.status).toBe(200)
      await mailbox.waitFor((m) => (m.to as { text: string }).text.includes(target.email))
      const coordinator = await as(people.coordinator.email)
      expect((await coordinator.request('POST', `/api/users/${people.admin.id}/reset-link`)).status).toBe(403)
      expect((await validator.request('POST', `/api/users/${people['member B'].id}/reset-link`)).status).toBe(403)
      expect((await client(server.url, null).request('POST', `/api/users/${target.id}/reset-link`)).status).toBe(401)
      expect((await (await as(people['member A'].email)).request('POST', `/api/users/${target.id}/reset-link`)).status).toBe(403)
    })
  })
})
