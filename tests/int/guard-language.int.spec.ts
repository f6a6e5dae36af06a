/**
 * The API guards refuse bad input in the language of the request (src/payloadGuard/refusalLanguage.ts, apiRefusals.ts):
 * its `relais-locale` cookie, else its Accept-Language where the instance offers both languages, else the instance's
 * default. Payload's own route handlers behind Relais's checks, called as Next calls them (no build, no server),
 * on a real PostgreSQL. Every refusal is a 4xx and changes nothing.
 */
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '@tests/helpers/payload'
import { createPeople, PASSWORD, type People } from '@tests/helpers/people'

let payload: Payload
let people: People
let token: string
type Route = (request: Request, context: { params: Promise<{ slug?: string[] }> }) => Promise<Response>
let routes: { get: Route; post: Route; graphql: Route }

beforeAll(async () => {
  ;({ payload } = await bootPayload())
  people = await createPeople(payload, 'lang')
  const { default: config } = await import('@payload-config')
  const { withRequestChecks } = await import('@/payloadGuard/requestChecks')
  routes = {
    get: withRequestChecks(config, REST_GET(config)),
    post: withRequestChecks(config, REST_POST(config)),
    graphql: withRequestChecks(config, GRAPHQL_POST(config)),
  }
  const login = await payload.login({ collection: 'users', data: { email: people.coordinator.email, password: PASSWORD } })
  token = login.token!
})
afterAll(async () => {
  await setLanguages({ offerBothLanguages: true })
})

async function setLanguages(data: { offerBothLanguages: boolean }) {
  await payload?.updateGlobal({ slug: 'site-settings', data })
}

type Ask = { method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string>; loggedIn?: boolean }

/** A request to `/api/<path>` through the guarded route, as Next hands it to the handler. */
async function ask(path: string, { method = 'GET', body, headers = {}, loggedIn = true }: Ask = {}) {
  const url = new URL(`http://relais.test/api/${path}`)
  const slug = url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
  const request = new Request(url, {
    method,
    body,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(loggedIn ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
  })
  const route = path === 'graphql' ? routes.graphql : method === 'GET' ? routes.get : routes.post
  const response = await route(request, { params: Promise.resolve({ slug: path === 'graphql' ? undefined : slug }) })
  const json = (await response.json().catch(() => null)) as {
    errors?: { message: string; data?: { errors?: { message: string }[] } }[]
  } | null
  const messages = (json?.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)])
  return { status: response.status, messages }
}

const german = { cookie: 'relais-locale=de' }
const germanBrowser = { 'accept-language': 'de-CH,de;q=0.9,fr;q=0.5' }
const faqCount = async () => (await payload.count({ collection: 'faqs' })).totalDocs

/** Refused with a 4xx, with `message` among the messages, and no FAQ written. */
async function expectRefused(path: string, options: Ask, message: string) {
  const before = await faqCount()
  const { status, messages } = await ask(path, options)
  expect(status, messages.join(' | ')).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect(messages).toContain(message)
  expect(await faqCount()).toBe(before)
}

describe('guard refusals in the request’s language', () => {
  it('a malformed where filter: German for a German cookie or browser, French otherwise', async () => {
    const path = 'faqs?where[nope][equals]=1'
    await expectRefused(
      path,
      { headers: german },
      'Der Filter bezieht sich auf «nope»: Dieses Feld gibt es nicht, oder es kann nicht zum Filtern dienen.',
    )
    await expectRefused(
      path,
      { headers: germanBrowser },
      'Der Filter bezieht sich auf «nope»: Dieses Feld gibt es nicht, oder es kann nicht zum Filtern dienen.',
    )
    await expectRefused(path, {}, 'Le filtre porte sur « nope », qui n’existe pas ou ne peut pas servir de filtre.')
    await expectRefused('faqs?where[order][equals]=beaucoup', { headers: german }, 'Ungültiger Wert für das Feld «order».')
    await expectRefused('faqs?where[and]=x', { headers: germanBrowser, loggedIn: false }, 'Der Filter «where» ist fehlerhaft.')
  })

  it('a bad query parameter', async () => {
    await expectRefused('faqs?limit=abc', { headers: german }, 'Der Parameter «limit» muss eine positive ganze Zahl sein.')
    await expectRefused('faqs?page=0', { headers: germanBrowser }, 'Der Parameter «page» muss eine positive ganze Zahl sein.')
    await expectRefused('faqs?limit=abc', {}, 'Le paramètre « limit » doit être un nombre entier positif.')
  })

  it('a bad JSON body, and a write Payload’s hook refuses (an unknown field)', async () => {
    await expectRefused(
      'faqs',
      { method: 'POST', body: '{"question": ', headers: german },
      'Der Inhalt der Anfrage ist kein gültiges JSON.',
    )
    await expectRefused(
      'faqs',
      { method: 'POST', body: '[1, 2]', headers: germanBrowser },
      'Der Inhalt der Anfrage muss ein JSON-Objekt sein.',
    )
    await expectRefused('faqs', { method: 'POST', body: '{"question": ', headers: {} }, "Le corps de la requête n'est pas du JSON valable.")
    const faq = JSON.stringify({ question: 'Wie?', answer: null, colour: 'blau' })
    await expectRefused('faqs', { method: 'POST', body: faq, headers: german }, 'Unbekanntes Feld: «colour».')
    // Payload's own heading of that refusal is in the same language.
    const refused = await ask('faqs', { method: 'POST', body: faq, headers: german })
    expect(refused.messages[0]).toMatch(/^Das folgende Feld .*colour/)
    await expectRefused('faqs', { method: 'POST', body: faq, headers: {} }, 'Champ inconnu : « colour ».')
  })

  it('an address that names nothing, and the permission map asked anonymously over GraphQL', async () => {
    await expectRefused('faqs/12abc', { headers: german }, 'Zu dieser Kennung gibt es kein Dokument.')
    const query = JSON.stringify({ query: '{ Access { canAccessAdmin } }' })
    const { messages } = await ask('graphql', { method: 'POST', body: query, headers: german, loggedIn: false })
    expect(messages).toContain('Melden Sie sich zuerst an.')
  })

  it('an instance that offers French only answers in French, whatever the request asks', async () => {
    await setLanguages({ offerBothLanguages: false })
    try {
      await expectRefused('faqs?limit=abc', { headers: german }, 'Le paramètre « limit » doit être un nombre entier positif.')
      await expectRefused('faqs?limit=abc', { headers: germanBrowser }, 'Le paramètre « limit » doit être un nombre entier positif.')
    } finally {
      await setLanguages({ offerBothLanguages: true })
    }
  })
})
