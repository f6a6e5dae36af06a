/**
 * Logins without enumeration and without lock-out by strangers (issue 17, OWASP ASVS 5.0 V6.3.1), over real HTTP
 * against the production build started as `npm start` starts it. The server trusts 127.0.0.1 as a proxy
 * (RELAIS_TRUSTED_PROXIES), so each test speaks "from" the address it puts in X-Forwarded-For; a second server
 * without trusted proxies shows that a client-written X-Forwarded-For counts for nothing.
 */
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { formIn, postForm } from '@tests/helpers/forms'
import { bootPayload } from '@tests/helpers/payload'
import { createUser, PASSWORD, type Person } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

let payload: Payload
let pool: Pool
let server: RunningServer
let untrusting: RunningServer
let second: RunningServer
let databaseUrl: string
let counter = 0
const person = async (label: string): Promise<Person> =>
  createUser(payload, { email: `throttle.${label}.${++counter}@test.local`, name: `Personne ${label}`, roles: ['member'] })
let sources = 0
/** A fresh client address (TEST-NET-3), so that tests do not share counts. */
const source = () => `203.0.113.${++sources}`

beforeAll(async () => {
  const booted = await bootPayload()
  payload = booted.payload
  databaseUrl = booted.databaseUrl
  pool = poolOf(payload)
  ;[server, untrusting] = await Promise.all([startServer(databaseUrl, { RELAIS_TRUSTED_PROXIES: '127.0.0.1' }), startServer(databaseUrl)])
})
afterAll(async () => {
  await Promise.all([server?.stop(), untrusting?.stop(), second?.stop()])
})

type Answer = { status: number; body: string }
const restLogin = async (email: string, password: string, from: string | null, on = server): Promise<Answer> => {
  const response = await fetch(`${on.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ email, password }),
  })
  return { status: response.status, body: await response.text() }
}
const graphql = async (query: string, from: string) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify({ query }),
  })
  return { status: response.status, json: await response.json() }
}
/** /connexion as a browser without JavaScript posts it: the French message shown, and where it sends us. */
const connexion = async (email: string, password: string, from: string) => {
  const page = await fetch(`${server.url}/connexion`, { headers: { 'x-forwarded-for': from } })
  const form = formIn(await page.text(), 'name="password"')
  const answer = await postForm(`${server.url}/connexion`, form, { email, password, code: '', next: '/' }, undefined, {
    'x-forwarded-for': from,
  })
  const message =
    /class="message message--error"[^>]*>([\s\S]*?)<\/div>/
      .exec(answer.html)?.[1]
      ?.replace(/<[^>]+>/g, '')
      .trim() ?? null
  return { status: answer.status, message, location: answer.location }
}
/** The answer with the typed address taken out: what is left must not depend on whether the account exists. */
const neutral = (answer: Answer, email: string) => ({ status: answer.status, body: answer.body.replaceAll(email, '<adresse>') })

describe('login answers tell nothing about which addresses have an account', () => {
  it('known and unknown addresses get the same answers, attempt after attempt, on REST and /connexion', async () => {
    const known = await person('connue')
    const unknown = `throttle.inconnue.${++counter}@test.local`
    const [fromKnown, fromUnknown] = [source(), source()]
    for (let attempt = 1; attempt <= 7; attempt++) {
      const a = await restLogin(known.email, `mauvais-${attempt}`, fromKnown)
      const b = await restLogin(unknown, `mauvais-${attempt}`, fromUnknown)
      expect(neutral(a, known.email), `attempt ${attempt}`).toEqual(neutral(b, unknown))
      expect(a.body).not.toMatch(/verrouill|locked/i)
    }
    const [pageKnown, pageUnknown] = [source(), source()]
    for (let attempt = 1; attempt <= 7; attempt++) {
      const a = await connexion(known.email, `mauvais-${attempt}`, pageKnown)
      const b = await connexion(unknown, `mauvais-${attempt}`, pageUnknown)
      expect(a, `/connexion attempt ${attempt}`).toEqual(b)
      expect(a.message).toBeTruthy()
      expect(a.message).not.toMatch(/verrouill/)
    }
  })

  it('an unknown address is answered after as long as a known one (no shortcut that times the accounts)', async () => {
    const known = await person('chrono')
    const time = async (email: string) => {
      const started = performance.now()
      await restLogin(email, 'mauvais-mot-de-passe', source())
      return performance.now() - started
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const knownTimes: number[] = []
    const unknownTimes: number[] = []
    for (let i = 0; i < 5; i++) {
      knownTimes.push(await time(known.email))
      unknownTimes.push(await time(`throttle.personne.${++counter}@test.local`))
    }
    // Loose bounds (the machine is shared): without the equaliser an unknown address answers ~50 times faster.
    expect(median(unknownTimes)).toBeGreaterThan(median(knownTimes) * 0.5)
  })
})

describe('nobody can keep a person out', () => {
  it('a stranger failing from elsewhere does not stop the person logging in from her own connection', async () => {
    const victim = await person('victime')
    const stranger = source()
    for (let attempt = 1; attempt <= 12; attempt++) await restLogin(victim.email, `devine-${attempt}`, stranger)
    expect((await restLogin(victim.email, PASSWORD, source())).status).toBe(200)
    const viaPage = await connexion(victim.email, PASSWORD, source())
    expect(viaPage.message).toBeNull()
    expect([303, 307]).toContain(viaPage.status)
  })

  it('from one connection, the sixth attempt on an address is refused with a French 429, even with the right password', async () => {
    const user = await person('essais')
    const from = source()
    for (let attempt = 1; attempt <= 5; attempt++) expect((await restLogin(user.email, `mauvais-${attempt}`, from)).status).toBe(401)
    const refused = await restLogin(user.email, PASSWORD, from)
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.body).errors[0].message).toMatch(
      /^Trop de tentatives de connexion erronées depuis votre connexion\. Réessayez dans 1\d minutes/,
    )
    expect((await connexion(user.email, PASSWORD, from)).message).toMatch(/^Trop de tentatives/)
    // The same person from another connection is not concerned.
    expect((await restLogin(user.email, PASSWORD, source())).status).toBe(200)
  })

  it('in German for a person who chose German: the wait too', async () => {
    const user = await person('deutsch')
    const from = source()
    const login = (password: string) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from, cookie: 'relais-locale=de' },
        body: JSON.stringify({ email: user.email, password }),
      })
    for (let attempt = 1; attempt <= 5; attempt++) expect((await login(`falsch-${attempt}`)).status).toBe(401)
    const refused = await login(PASSWORD)
    expect(refused.status).toBe(429)
    expect((await refused.json()).errors[0].message).toMatch(
      /^Zu viele fehlgeschlagene Anmeldeversuche .* Versuchen Sie es in 1\d Minuten erneut/,
    )
  })

  it('a successful login forgives the failures before it (from that connection)', async () => {
    const user = await person('pardon')
    const from = source()
    for (let attempt = 1; attempt <= 4; attempt++) await restLogin(user.email, `mauvais-${attempt}`, from)
    expect((await restLogin(user.email, PASSWORD, from)).status).toBe(200)
    for (let attempt = 1; attempt <= 4; attempt++) expect((await restLogin(user.email, `encore-${attempt}`, from)).status).toBe(401)
    expect((await restLogin(user.email, PASSWORD, from)).status).toBe(200)
  })

  it('one connection trying many addresses is stopped after 30 failures (password spraying)', async () => {
    const from = source()
    const answers: number[] = []
    for (let i = 0; i < 31; i++) answers.push((await restLogin(`throttle.spray.${i}@test.local`, 'Printemps2026!', from)).status)
    expect(answers.slice(0, 30).every((status) => status === 401)).toBe(true)
    expect(answers[30]).toBe(429)
  })
})

describe('one request is one attempt', () => {
  it('a GraphQL document with two login fields (aliases, fragments, two operations) is refused whole with a French 400', async () => {
    const user = await person('alias')
    const from = source()
    const login = (password: string) => `loginUser(email: "${user.email}", password: "${password}") { token }`
    const documents = [
      `mutation { a: ${login('un')} b: ${login('deux')} c: ${login(PASSWORD)} }`,
      `mutation { a: ${login('un')} ...F } fragment F on Mutation { b: ${login(PASSWORD)} }`,
      `mutation { ... on Mutation { a: ${login('un')} } b: forgotPasswordUser(email: "${user.email}") }`,
    ]
    const before = (await pool.query(`select count(*)::int as n from throttle_events where action = 'login'`)).rows[0].n
    for (const query of documents) {
      const { status, json } = await graphql(query, from)
      expect(status, query).toBe(400)
      expect(json.errors?.[0]?.message, query).toMatch(/une seule tentative de connexion/)
      expect(json.data?.a ?? null).toBeNull()
    }
    expect((await pool.query(`select count(*)::int as n from throttle_events where action = 'login'`)).rows[0].n).toBe(before)
    const single = await graphql(`mutation { ${login(PASSWORD)} }`, from)
    expect(single.json.data?.loginUser?.token).toBeTruthy()
  })
})

describe('the client address is the one the server sees, not the one the client claims', () => {
  it('without trusted proxies, a new X-Forwarded-For on every attempt does not reset the count', async () => {
    const user = await person('usurpation')
    const answers: number[] = []
    for (let attempt = 1; attempt <= 6; attempt++)
      answers.push((await restLogin(user.email, `mauvais-${attempt}`, source(), untrusting)).status)
    expect(answers).toEqual([401, 401, 401, 401, 401, 429])
    // A stranger's refusals are not the person's: she still logs in through the proxy that forwards her address.
    expect((await restLogin(user.email, PASSWORD, source())).status).toBe(200)
  })

  it('behind a trusted proxy, only the right-most untrusted address counts (a client-written prefix is ignored)', async () => {
    const user = await person('chaine')
    const real = source()
    const answers: number[] = []
    for (let attempt = 1; attempt <= 6; attempt++)
      answers.push((await restLogin(user.email, `mauvais-${attempt}`, `198.51.100.${attempt}, ${real}`)).status)
    expect(answers).toEqual([401, 401, 401, 401, 401, 429])
  })
})

describe('password reset e-mails', () => {
  const forgot = async (email: string, from: string) => {
    const response = await fetch(`${server.url}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ email }),
    })
    return { status: response.status, body: (await response.text()).replaceAll(email, '<adresse>') }
  }

  it('at most 3 an hour per address, whoever asks, with the same answers for known and unknown addresses', async () => {
    const known = await person('oubli')
    const unknown = `throttle.oubli-inconnu.${++counter}@test.local`
    const answersKnown: Answer[] = []
    const answersUnknown: Answer[] = []
    for (let i = 0; i < 4; i++) {
      answersKnown.push(await forgot(known.email, source()))
      answersUnknown.push(await forgot(unknown, source()))
    }
    expect(answersKnown).toEqual(answersUnknown)
    expect(answersKnown.map((answer) => answer.status)).toEqual([200, 200, 200, 429])
    expect(JSON.parse(answersKnown[3]!.body).errors[0].message).toMatch(/^Trop de demandes de réinitialisation/)
  })

  it('/mot-de-passe-oublie answers the same for known and unknown addresses, then says to wait', async () => {
    const known = await person('oubli-page')
    const unknown = `throttle.oubli-page-inconnu.${++counter}@test.local`
    const viaPage = async (email: string) => {
      const from = source()
      const page = await fetch(`${server.url}/mot-de-passe-oublie`, { headers: { 'x-forwarded-for': from } })
      const answer = await postForm(`${server.url}/mot-de-passe-oublie`, formIn(await page.text(), 'name="email"'), { email }, undefined, {
        'x-forwarded-for': from,
      })
      expect(answer.status).toBeLessThan(500)
      return /class="message message--(?:error|notice)"[^>]*>([\s\S]*?)<\/(?:div|p)>/.exec(answer.html)?.[1]?.trim()
    }
    const answers = { known: [] as (string | undefined)[], unknown: [] as (string | undefined)[] }
    for (let i = 0; i < 4; i++) {
      answers.known.push(await viaPage(known.email))
      answers.unknown.push(await viaPage(unknown))
    }
    expect(answers.known).toEqual(answers.unknown)
    expect(answers.known[0]).toMatch(/^Si un compte existe pour cette adresse/)
    expect(answers.known[3]).toMatch(/^Trop de demandes de réinitialisation pour cette adresse/)
  })

  it('at most 10 an hour from one connection, whatever the addresses', async () => {
    const from = source()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await forgot(`throttle.oubli-serie.${i}@test.local`, from)).status)
    expect(statuses).toEqual([...Array(10).fill(200), 429])
  })
})

describe('two app processes on one database', () => {
  it('share the counts: five failures split over both refuse the sixth on either', async () => {
    second = await startServer(databaseUrl, { RELAIS_TRUSTED_PROXIES: '127.0.0.1' })
    const user = await person('deux')
    const from = source()
    const servers = [server, second]
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await restLogin(user.email, `mauvais-${attempt}`, from, servers[attempt % 2])).status).toBe(401)
    const racing = await Promise.all([restLogin(user.email, PASSWORD, from, server), restLogin(user.email, PASSWORD, from, second)])
    expect(racing.map((answer) => answer.status)).toEqual([429, 429])
  })
})

describe('a crowd logging in at once', () => {
  it('more people than the instance has database connections all get in', async () => {
    // Each login writes its attempt outside its own transaction (visible at once to every process). Were that write to
    // wait for a connection of the same pool while each login holds one, a crowd would starve it: 10 s, then errors.
    const small = await startServer(databaseUrl, { RELAIS_TRUSTED_PROXIES: '127.0.0.1', DATABASE_POOL_MAX: '3' })
    try {
      const crowd = await Promise.all(Array.from({ length: 8 }, (_, i) => person(`foule${i}`)))
      const answers = await Promise.all(crowd.map((user) => restLogin(user.email, PASSWORD, source(), small)))
      expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200))
    } finally {
      await small.stop()
    }
  })
})
