/**
 * The public account-request form cannot be made a mail cannon (issue 17): e-mails are limited per target address
 * and per client address (every submission counts, not only new requests), the client address is the one the
 * server resolves (a client-written X-Forwarded-For counts for nothing), form stamps are accepted once, and the
 * answers are the same whether or not the address has an account. Over real HTTP, e-mails counted in a real SMTP
 * catcher.
 */
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formStamp } from '@/accounts/tokens'
import { formIn, postForm } from '@tests/helpers/forms'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, type People } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'
import { type Mailbox, startSmtpCatcher } from '@tests/helpers/smtp'

let payload: Payload
let people: People
let mailbox: Mailbox
let server: RunningServer
let untrusting: RunningServer
let form = ''

let sources = 0
const source = () => `203.0.113.${++sources}`
let addresses = 0
const fresh = (label: string) => `demande.${label}.${++addresses}@sion.ch`
/** A stamp as the page renders it, old enough to pass the "sent too fast" check. */
const stamp = () => formStamp(payload.secret, Date.now() - 10_000)

beforeAll(async () => {
  mailbox = await startSmtpCatcher()
  const booted = await bootPayload(mailbox.env)
  payload = booted.payload
  people = await createPeople(payload, 'abus')
  ;[server, untrusting] = await Promise.all([
    startServer(booted.databaseUrl, { ...mailbox.env, RELAIS_TRUSTED_PROXIES: '127.0.0.1' }),
    startServer(booted.databaseUrl, mailbox.env),
  ])
  form = formIn(await (await fetch(`${server.url}/demande-de-compte`)).text(), 'name="stamp"')
})
afterAll(async () => {
  await Promise.all([server?.stop(), untrusting?.stop(), mailbox?.stop()])
})

/** Submits the form as a browser without JavaScript does; the French message shown. */
async function submit(email: string, from: string, { withStamp = stamp(), on = server, name = 'Noémie Demande' } = {}) {
  const answer = await postForm(
    `${on.url}/demande-de-compte`,
    form,
    {
      stamp: withStamp,
      website: '',
      name,
      email,
      commune: String(people.communeA.id),
      function: 'secrétariat communal',
      requestedRole: 'member',
      comment: '',
    },
    undefined,
    { 'x-forwarded-for': from },
  )
  expect(answer.status, answer.html.slice(0, 300)).toBeLessThan(500)
  const message = /class="message message--(?:error|notice)"[^>]*>([\s\S]*?)<\/(?:div|p)>/
    .exec(answer.html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim()
  const field = /class="field-error"[^>]*>([\s\S]*?)</.exec(answer.html)?.[1]
  return message ?? field ?? '(aucun message)'
}
const to = (address: string) => (mail: ParsedMail) => [mail.to].flat().some((t) => t?.text.includes(address))
/** E-mails received for `address`, once the catcher has settled. */
async function mailsTo(address: string) {
  await new Promise((resolve) => setTimeout(resolve, 500))
  return mailbox.messages.filter(to(address)).length
}

describe('account requests: e-mails per address', () => {
  it('re-submitting one address sends at most 3 e-mails a day, with the same answers whether it has an account or not', async () => {
    const member = people['member A'].email
    const stranger = fresh('repetee')
    const answersMember: string[] = []
    const answersStranger: string[] = []
    for (let i = 0; i < 6; i++) {
      answersMember.push(await submit(member, source()))
      answersStranger.push(await submit(stranger, source()))
    }
    expect(answersMember).toEqual(answersStranger)
    expect(answersMember.slice(0, 3).every((message) => message.startsWith('Merci.'))).toBe(true)
    expect(answersMember[3]).toMatch(/^Un e-mail a déjà été envoyé à cette adresse il y a peu\./)
    expect(await mailsTo(member)).toBe(3)
    expect(await mailsTo(stranger)).toBe(3)
  })
})

describe('account requests: e-mails per connection', () => {
  it('one connection gets 5 e-mails an hour, re-submissions of open requests included', async () => {
    const from = source()
    const [first, second] = [fresh('ouverte'), fresh('ouverte')]
    const answers: string[] = []
    for (const email of [first, second, first, second, first, second]) answers.push(await submit(email, from))
    expect(answers.slice(0, 5).every((message) => message.startsWith('Merci.'))).toBe(true)
    expect(answers[5]).toMatch(/^Trop de demandes depuis cette connexion\. Réessayez dans 1 heure\./)
    expect((await mailsTo(first)) + (await mailsTo(second))).toBe(5)
  })

  it('without trusted proxies, a different X-Forwarded-For on every submission is still one connection', async () => {
    const answers: string[] = []
    const emails = Array.from({ length: 6 }, () => fresh('usurpee'))
    for (const email of emails) answers.push(await submit(email, source(), { on: untrusting }))
    expect(answers[5]).toMatch(/^Trop de demandes depuis cette connexion/)
    let total = 0
    for (const email of emails) total += await mailsTo(email)
    expect(total).toBe(5)
  })
})

describe('account requests: form stamps', () => {
  it('a stamp is accepted once: replayed with another address, it sends nothing', async () => {
    const once = stamp()
    const [first, replayed] = [fresh('tampon'), fresh('tampon')]
    expect(await submit(first, source(), { withStamp: once })).toMatch(/^Merci\./)
    expect(await submit(replayed, source(), { withStamp: once })).toBe(
      'Ce formulaire a déjà été envoyé. Rechargez la page pour déposer une nouvelle demande.',
    )
    expect(await submit(replayed, source(), { withStamp: once, on: untrusting })).toMatch(/^Ce formulaire a déjà été envoyé/)
    expect(await mailsTo(replayed)).toBe(0)
  })

  it('a form sent back with a mistake is corrected and sent with the same stamp', async () => {
    const same = stamp()
    const email = fresh('correction')
    expect(await submit(email, source(), { withStamp: same, name: 'X' })).toBe('Indiquez votre prénom et votre nom.')
    expect(await submit(email, source(), { withStamp: same })).toMatch(/^Merci\./)
    expect(await mailsTo(email)).toBe(1)
  })
})
