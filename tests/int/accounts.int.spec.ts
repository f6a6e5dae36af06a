import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runAccountInactivity } from '@/accounts/inactivity'
import { confirmAccountRequest, decideAccountRequest, requestProblems, submitAccountRequest, SUBMITTED } from '@/accounts/requests'
import { formStamp, stampProblem } from '@/accounts/tokens'
import type { User } from '@/payload-types'
import { bootPayload } from '@tests/helpers/payload'
import { type ActorName, createPeople, createUser, PASSWORD, type People } from '@tests/helpers/people'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let mailbox: Mailbox
const as = (name: ActorName): Promise<User> => payload.findByID({ collection: 'users', id: people[name].id })
const to = (address: string) => (m: { to?: unknown }) => JSON.stringify(m.to ?? '').includes(address)
const tokenIn = (html: unknown, path: string) => new RegExp(`${path}\\?token=([a-f0-9]+)`).exec(String(html))![1]!
let ipCounter = 0
const ip = () => `192.0.2.${++ipCounter}`

const form = (email: string, commune: number, extra: Partial<Record<string, string>> = {}) => ({
  name: 'Nadia Nouvelle',
  email,
  commune: String(commune),
  function: 'Contrôle des habitants',
  requestedRole: 'member',
  comment: '',
  ...extra,
})

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  ;({ payload } = await bootPayload({ ...mailbox.env, PUBLIC_URL: 'https://relais.example.ch' }))
  people = await createPeople(payload, 'acc')
})
afterAll(async () => {
  await mailbox?.stop()
})

async function pendingRequest(email: string, commune: number, extra = {}) {
  await submitAccountRequest(payload, form(email, commune, extra), { ip: ip() })
  const mail = await mailbox.waitFor((m) => to(email)(m) && m.subject === 'Relais : confirmez votre demande de compte')
  expect((await confirmAccountRequest(payload, tokenIn(mail.html, '/demande-de-compte/confirmer'))).ok).toBe(true)
  return (await payload.find({ collection: 'account-requests', where: { email: { equals: email } } })).docs[0]!
}

describe('account request cycle', () => {
  it('request → e-mail confirmation → validator approves → password set → first login, all logged', async () => {
    const email = 'nadia.nouvelle@sion.ch'
    const result = await submitAccountRequest(payload, form(email, people.communeA.id), { ip: ip() })
    expect(result).toEqual({ ok: true, message: SUBMITTED })
    const validator = await as('validator A')
    const hidden = await payload.find({ collection: 'account-requests', user: validator, overrideAccess: false })
    expect(hidden.docs.map((d) => d.email)).not.toContain(email) // not before the address is confirmed

    const confirmation = await mailbox.waitFor(to(email))
    expect(confirmation.subject).toBe('Relais : confirmez votre demande de compte')
    expect(await confirmAccountRequest(payload, tokenIn(confirmation.html, '/demande-de-compte/confirmer'))).toMatchObject({ ok: true })

    const notice = await mailbox.waitFor(to(people['validator A'].email))
    expect(notice.subject).toBe('Relais : demande de compte de Nadia Nouvelle (Sion)')
    const visible = await payload.find({ collection: 'account-requests', user: validator, overrideAccess: false })
    const request = visible.docs.find((d) => d.email === email)!
    expect(request.status).toBe('pending')

    const decision = await decideAccountRequest(payload, validator, { requestId: request.id, decision: 'approve', comment: '' })
    expect(decision).toMatchObject({ ok: true })
    const welcome = await mailbox.waitFor((m) => to(email)(m) && m.subject === 'Relais : votre compte est ouvert')
    const token = tokenIn(welcome.html, '/reinitialiser-mot-de-passe')
    await payload.resetPassword({ collection: 'users', data: { token, password: 'ma phrase de passe à moi' }, overrideAccess: true })
    const login = await payload.login({ collection: 'users', data: { email, password: 'ma phrase de passe à moi' } })
    expect(login.user).toMatchObject({ email, roles: ['member'], commune: { id: people.communeA.id } })

    const events = await payload.find({ collection: 'account-events', where: { email: { equals: email } }, sort: 'createdAt' })
    expect(events.docs.map((e) => e.type)).toEqual(['requested', 'confirmed', 'approved'])
  })

  it('a validator of commune A cannot see or decide commune B’s requests', async () => {
    const request = await pendingRequest('bastien@martigny.ch', people.communeB.id)
    const validator = await as('validator A')
    const seen = await payload.find({ collection: 'account-requests', user: validator, overrideAccess: false, limit: 100 })
    expect(seen.docs.map((d) => d.email)).not.toContain('bastien@martigny.ch')
    const decision = await decideAccountRequest(payload, validator, { requestId: request.id, decision: 'approve', comment: '' })
    expect(decision).toEqual({ ok: false, errors: { form: 'Cette demande n’existe pas ou ne relève pas de votre commune.' } })
    expect((await payload.findByID({ collection: 'account-requests', id: request.id })).status).toBe('pending')
    const member = await as('member A')
    expect((await decideAccountRequest(payload, member, { requestId: request.id, decision: 'reject', comment: 'Non' })).ok).toBe(false)
  })

  it('a validator grants `member` only; a coordinator may grant the requested committee role', async () => {
    const first = await pendingRequest('cotec.candidat@sion.ch', people.communeA.id, { requestedRole: 'cotec' })
    await decideAccountRequest(payload, await as('validator A'), {
      requestId: first.id,
      decision: 'approve',
      comment: '',
      grantRequestedRole: true,
    })
    const viaValidator = (await payload.find({ collection: 'users', where: { email: { equals: 'cotec.candidat@sion.ch' } } })).docs[0]!
    expect(viaValidator.roles).toEqual(['member'])

    const second = await pendingRequest('copil.candidate@sion.ch', people.communeA.id, { requestedRole: 'copil' })
    await decideAccountRequest(payload, await as('coordinator'), {
      requestId: second.id,
      decision: 'approve',
      comment: '',
      grantRequestedRole: true,
    })
    const viaCoordinator = (await payload.find({ collection: 'users', where: { email: { equals: 'copil.candidate@sion.ch' } } })).docs[0]!
    expect(viaCoordinator.roles).toEqual(['member', 'copil'])
  })

  it('a refusal needs a reason, which is e-mailed', async () => {
    const request = await pendingRequest('refus@sion.ch', people.communeA.id)
    const validator = await as('validator A')
    expect(await decideAccountRequest(payload, validator, { requestId: request.id, decision: 'reject', comment: '' })).toEqual({
      ok: false,
      errors: { comment: 'Indiquez le motif du refus : il est envoyé à la personne.' },
    })
    await decideAccountRequest(payload, validator, {
      requestId: request.id,
      decision: 'reject',
      comment: 'Personne inconnue au secrétariat.',
    })
    const mail = await mailbox.waitFor((m) => to('refus@sion.ch')(m) && m.subject === 'Relais : votre demande de compte')
    expect(mail.html).toContain('Personne inconnue au secrétariat.')
    expect((await decideAccountRequest(payload, validator, { requestId: request.id, decision: 'approve', comment: '' })).ok).toBe(false)
  })

  it('an existing account gets an e-mail saying so, and no request; the answer does not tell', async () => {
    const before = (await payload.count({ collection: 'account-requests' })).totalDocs
    const result = await submitAccountRequest(payload, form(people['member B'].email, people.communeB.id), { ip: ip() })
    expect(result).toEqual({ ok: true, message: SUBMITTED })
    const mail = await mailbox.waitFor(to(people['member B'].email))
    expect(mail.subject).toBe('Relais : vous avez déjà un compte')
    expect((await payload.count({ collection: 'account-requests' })).totalDocs).toBe(before)
  })

  it('a repeated request reuses the open one: a new confirmation link, the old one refused', async () => {
    await submitAccountRequest(payload, form('double@sion.ch', people.communeA.id), { ip: ip() })
    const first = await mailbox.waitFor(to('double@sion.ch'))
    await submitAccountRequest(payload, form('double@sion.ch', people.communeA.id), { ip: ip() })
    await expect.poll(() => mailbox.messages.filter(to('double@sion.ch')).length).toBe(2)
    expect((await payload.count({ collection: 'account-requests', where: { email: { equals: 'double@sion.ch' } } })).totalDocs).toBe(1)
    expect((await confirmAccountRequest(payload, tokenIn(first.html, '/demande-de-compte/confirmer'))).ok).toBe(false)
    const second = mailbox.messages.filter(to('double@sion.ch'))[1]!
    expect((await confirmAccountRequest(payload, tokenIn(second.html, '/demande-de-compte/confirmer'))).ok).toBe(true)
  })

  it('refuses expired links: confirmation after 48 h, password link after 24 h', async () => {
    await submitAccountRequest(payload, form('tardif@sion.ch', people.communeA.id), { ip: ip() })
    const mail = await mailbox.waitFor(to('tardif@sion.ch'))
    const later = new Date(Date.now() + 49 * 60 * 60 * 1000)
    expect(await confirmAccountRequest(payload, tokenIn(mail.html, '/demande-de-compte/confirmer'), later)).toEqual({
      ok: false,
      errors: { token: 'Ce lien n’est plus valable. Déposez une nouvelle demande de compte.' },
    })

    const request = await pendingRequest('lent@sion.ch', people.communeA.id)
    await decideAccountRequest(payload, await as('validator A'), { requestId: request.id, decision: 'approve', comment: '' })
    const welcome = await mailbox.waitFor((m) => to('lent@sion.ch')(m) && m.subject === 'Relais : votre compte est ouvert')
    const account = (await payload.find({ collection: 'users', where: { email: { equals: 'lent@sion.ch' } }, showHiddenFields: true }))
      .docs[0]!
    expect(new Date(account.resetPasswordExpiration!).getTime() - Date.now()).toBeGreaterThan(23.9 * 60 * 60 * 1000)
    await payload.db.updateOne({
      collection: 'users',
      id: account.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
    })
    await expect(
      payload.resetPassword({
        collection: 'users',
        data: { token: tokenIn(welcome.html, '/reinitialiser-mot-de-passe'), password: 'une phrase bien longue' },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('limits requests from one connection to 5 an hour', async () => {
    const address = '198.51.100.7'
    for (let i = 0; i < 5; i++)
      expect((await submitAccountRequest(payload, form(`flot${i}@sion.ch`, people.communeA.id), { ip: address })).ok).toBe(true)
    expect(await submitAccountRequest(payload, form('flot5@sion.ch', people.communeA.id), { ip: address })).toEqual({
      ok: false,
      errors: { form: 'Trop de demandes depuis cette connexion. Réessayez dans 1 heure.' },
    })
    expect((await payload.count({ collection: 'account-requests', where: { email: { equals: 'flot5@sion.ch' } } })).totalDocs).toBe(0)
  })

  it('refuses bad input with French messages and stores nothing', async () => {
    const before = (await payload.count({ collection: 'account-requests' })).totalDocs
    const result = await submitAccountRequest(
      payload,
      { name: 'X', email: 'pas-une-adresse', commune: 'Sion', function: '', requestedRole: 'admin', comment: 'y'.repeat(1001) },
      { ip: ip() },
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Indiquez votre prénom et votre nom.',
        email: 'Indiquez une adresse e-mail professionnelle valable.',
        commune: 'Choisissez votre commune.',
        function: 'Indiquez votre fonction (par ex. « secrétariat communal »).',
        requestedRole: 'Choisissez un rôle dans la liste.',
        comment: 'Le commentaire ne peut pas dépasser 1000 caractères.',
      },
    })
    expect((await submitAccountRequest(payload, form('x@sion.ch', 999999), { ip: ip() })).ok).toBe(false)
    expect(requestProblems(form('ok@sion.ch', 1))).toEqual({})
    expect((await payload.count({ collection: 'account-requests' })).totalDocs).toBe(before)
  })

  it('the form stamp refuses submissions that are too old or forged, never fast ones (autofill + Enter)', () => {
    const secret = 'secret'
    const now = Date.now()
    // The refusal is a catalogue key, read in the sender's language by the form (src/forms/messages.ts).
    expect(stampProblem(formStamp(secret, now - 10_000), secret, now)).toBeNull()
    expect(stampProblem(formStamp(secret, now - 200), secret, now)).toBeNull()
    expect(stampProblem(formStamp(secret, now - 3 * 60 * 60 * 1000), secret, now)).toBe('accounts.request.stampExpired')
    expect(stampProblem(`${now - 10_000}.${'0'.repeat(32)}`, secret, now)).toBe('accounts.request.stampExpired')
    expect(stampProblem('n’importe quoi', secret, now)).toBe('accounts.request.stampExpired')
  })
})

describe('accounts of a commune', () => {
  it('a validator disables a colleague who left: login refused, sessions ended; not for another commune', async () => {
    const leaver = await createUser(payload, {
      email: 'depart@sion.ch',
      name: 'Denise Départ',
      roles: ['member'],
      commune: people.communeA.id,
    })
    const validator = await as('validator A')
    const updated = await payload.update({
      collection: 'users',
      id: leaver.id,
      data: { disabled: true },
      user: validator,
      overrideAccess: false,
    })
    expect(updated.disabled).toBe(true)
    expect(updated.disabledAt).toBeTruthy()
    await expect(payload.login({ collection: 'users', data: { email: leaver.email, password: PASSWORD } })).rejects.toMatchObject({
      status: 403,
      message: 'Ce compte est désactivé. Adressez-vous au secrétariat de votre commune pour le réactiver.',
    })
    const other = await payload
      .update({ collection: 'users', id: people['member B'].id, data: { disabled: true }, user: validator, overrideAccess: false })
      .catch((e) => e)
    expect(other.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: people['member B'].id })).disabled).toBe(false)
  })
})

describe('inactive accounts', () => {
  const DAY = 24 * 60 * 60 * 1000
  it('warn 30 and 7 days before, then disable a week after the last warning and tell the validator, once each', async () => {
    const lastLogin = new Date('2025-01-10T08:00:00.000Z')
    const sleeper = await createUser(payload, {
      email: 'dormeur@sion.ch',
      name: 'Daniel Dormeur',
      roles: ['member'],
      commune: people.communeA.id,
    })
    await payload.update({ collection: 'users', id: sleeper.id, data: { lastLoginAt: lastLogin.toISOString() } })
    const deadline = new Date('2026-01-10T08:00:00.000Z') // 12 months later
    const at = (daysBefore: number) => new Date(deadline.getTime() - daysBefore * DAY)
    const mine = (subject: string) => mailbox.messages.filter((m) => to(sleeper.email)(m) && m.subject === subject).length

    await runAccountInactivity(payload, at(40))
    expect(mine('Relais : votre compte sera désactivé dans 30 jours')).toBe(0)
    await runAccountInactivity(payload, at(30))
    await runAccountInactivity(payload, at(29))
    await expect.poll(() => mine('Relais : votre compte sera désactivé dans 30 jours')).toBe(1)
    await runAccountInactivity(payload, at(7))
    await runAccountInactivity(payload, at(6))
    await expect.poll(() => mine('Relais : votre compte sera désactivé dans 7 jours')).toBe(1)
    await runAccountInactivity(payload, at(0)) // the 7-day warning went out 7 days before: disable now
    const disabled = await payload.findByID({ collection: 'users', id: sleeper.id })
    expect(disabled.disabled).toBe(true)
    await mailbox.waitFor(
      (m) => to(people['validator A'].email)(m) && m.subject === 'Relais : compte de Daniel Dormeur désactivé pour inactivité',
    )
    await runAccountInactivity(payload, at(-5))
    const events = await payload.find({ collection: 'account-events', where: { email: { equals: sleeper.email } }, sort: 'createdAt' })
    expect(events.docs.map((e) => e.type)).toEqual(['warned-30', 'warned-7', 'disabled'])
  })

  it('never disable before a full week has passed since the 7-day warning, even if the job missed days', async () => {
    const late = await createUser(payload, {
      email: 'oublie@sion.ch',
      name: 'Odile Oubliée',
      roles: ['member'],
      commune: people.communeA.id,
    })
    await payload.update({ collection: 'users', id: late.id, data: { lastLoginAt: '2024-01-01T00:00:00.000Z' } })
    const now = new Date('2026-06-01T00:00:00.000Z')
    await runAccountInactivity(payload, now) // long overdue, never warned: warn first
    expect((await payload.findByID({ collection: 'users', id: late.id })).disabled).toBe(false)
    await runAccountInactivity(payload, new Date(now.getTime() + 3 * DAY))
    expect((await payload.findByID({ collection: 'users', id: late.id })).disabled).toBe(false)
    await runAccountInactivity(payload, new Date(now.getTime() + 7 * DAY))
    expect((await payload.findByID({ collection: 'users', id: late.id })).disabled).toBe(true)
  })

  it('a login in between cancels the countdown; administrators are never disabled', async () => {
    const active = await createUser(payload, {
      email: 'revenu@sion.ch',
      name: 'Rémi Revenu',
      roles: ['member'],
      commune: people.communeA.id,
    })
    await payload.update({ collection: 'users', id: active.id, data: { lastLoginAt: '2025-01-01T00:00:00.000Z' } })
    await runAccountInactivity(payload, new Date('2025-12-10T00:00:00.000Z'))
    expect((await payload.findByID({ collection: 'users', id: active.id })).inactivityNotice).toBe('30')
    await payload.login({ collection: 'users', data: { email: active.email, password: PASSWORD } })
    expect((await payload.findByID({ collection: 'users', id: active.id })).inactivityNotice).toBeNull()

    await payload.update({ collection: 'users', id: people.admin.id, data: { lastLoginAt: '2020-01-01T00:00:00.000Z' } })
    for (const days of [0, 8, 20]) await runAccountInactivity(payload, new Date(Date.now() + days * DAY))
    expect((await payload.findByID({ collection: 'users', id: people.admin.id })).disabled).toBe(false)
  })
})

describe('requests list', () => {
  it('filters by state and text, stays within the validator’s commune, and exports as CSV', async () => {
    const { listRequests, parseFilters, requestsCsv } = await import('@/accounts/requestList')
    await pendingRequest('filtre.sion@sion.ch', people.communeA.id, { function: 'Bureau technique' })
    await pendingRequest('filtre.martigny@martigny.ch', people.communeB.id, { function: 'Bureau technique' })
    const validator = await as('validator A')
    const mine = await listRequests(payload, validator, parseFilters({ q: 'Bureau technique' }))
    expect(mine.map((r) => r.email)).toEqual(['filtre.sion@sion.ch'])
    const all = await listRequests(payload, await as('coordinator'), parseFilters({ q: 'Bureau technique' }))
    expect(all.map((r) => r.email).sort()).toEqual(['filtre.martigny@martigny.ch', 'filtre.sion@sion.ch'])
    const onlyB = await listRequests(payload, await as('coordinator'), parseFilters({ q: 'Bureau', commune: String(people.communeB.id) }))
    expect(onlyB.map((r) => r.email)).toEqual(['filtre.martigny@martigny.ch'])
    expect(parseFilters({ etat: 'n’importe', commune: 'abc' })).toEqual({ status: 'pending', commune: null, q: '' })

    const { translatorFor } = await import('@/i18n/translator')
    const csv = requestsCsv(mine, translatorFor('fr', 'accounts'))
    expect(csv.startsWith('\uFEFF"Nom";"E-mail";"Commune"')).toBe(true)
    expect(csv).toContain('"Nadia Nouvelle";"filtre.sion@sion.ch";"Sion";"Bureau technique";"member";"En attente de décision"')
    const german = requestsCsv(mine, translatorFor('de', 'accounts'))
    expect(german.startsWith('\uFEFF"Name";"E-Mail";"Gemeinde"')).toBe(true)
    expect(german).toContain('"Bureau technique";"member";"Wartet auf Entscheid"')
  })
})
