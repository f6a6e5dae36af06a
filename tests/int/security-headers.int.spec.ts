/**
 * Security headers of the production build (OWASP ASVS 5.0, V3.4 and V4.3): every response carries the
 * Content-Security-Policy and its companions, private answers are never cached, static assets still are, and
 * GraphQL answers no introspection. The browser journeys check that the policy blocks nothing of ours.
 *
 * On the same server (one boot for both): after login, /connexion sends the browser only to a path of this site
 * (issue 17, OWASP ASVS 5.0 V1.2 / V3.7.2). The `next` target is read as a browser reads a URL; a class of over
 * 10,000 hostile targets is checked on the function in tests/unit/auth/safe-redirect.unit.spec.ts, a sample here
 * through the real login over HTTP.
 *
 * Also on it (issue 20): a private page opened logged out sends to the login with that page as `next`, and the login
 * brings the person back to it (items 2); the French « Page introuvable » and « Vous n’avez pas accès à cette page »
 * inside the layout with the menu, 404 and 403 (item 7); robots.txt, the favicon and the logo of public/, and
 * X-Robots-Tag on every answer (item 8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formIn, postForm } from '@tests/helpers/forms'
import { loginToken } from '@tests/helpers/http'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, PASSWORD } from '@tests/helpers/people'
import { type RunningServer, startServer } from '@tests/helpers/server'

let server: RunningServer
let token: string
let email = ''

beforeAll(async () => {
  const { payload, databaseUrl } = await bootPayload()
  const people = await createPeople(payload, 'headers')
  email = (await createUser(payload, { email: 'redirection@test.local', name: 'Régis Redirection', roles: ['member'] })).email
  server = await startServer(databaseUrl)
  token = await loginToken(server.url, people['member A'].email, PASSWORD)
})
afterAll(async () => {
  await server?.stop()
})

const get = (path: string, auth = true) =>
  fetch(`${server.url}${path}`, { headers: auth ? { authorization: `JWT ${token}` } : {}, redirect: 'manual' })

describe('security headers', () => {
  it('every kind of response carries the policy, nosniff, the referrer policy and HSTS', async () => {
    for (const path of ['/connexion', '/guides', '/carte', '/api/users/me', '/api/health', '/admin/login', '/inexistant']) {
      const { headers, status } = await get(path)
      expect(status, path).toBeLessThan(500)
      const policy = headers.get('content-security-policy') ?? ''
      expect(policy, path).toContain("frame-ancestors 'none'")
      expect(policy, path).toContain("object-src 'none'")
      expect(policy, path).toContain("base-uri 'none'")
      expect(policy, path).toContain("default-src 'self'")
      expect(policy, `${path}: no eval in production`).not.toContain('unsafe-eval')
      expect(headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(headers.get('referrer-policy'), path).toBe('same-origin')
      expect(headers.get('x-frame-options'), path).toBe('DENY')
      expect(headers.get('strict-transport-security'), path).toMatch(/max-age=31536000/)
      expect(headers.get('x-powered-by'), path).toBeNull()
    }
  })

  it('private pages and API answers are never stored; static assets are cached for good', async () => {
    for (const path of ['/guides', '/carte', '/ma-commune', '/api/users/me', '/api/contracts']) {
      expect((await get(path)).headers.get('cache-control'), path).toMatch(/no-store/)
    }
    const home = await (await get('/guides')).text()
    const asset = /\/_next\/static\/[^"]+\.js/.exec(home)![0]
    const cached = await get(asset, false)
    expect(cached.status).toBe(200)
    expect(cached.headers.get('cache-control')).toMatch(/immutable/)
  })

  it('GraphQL answers no introspection in production, but still answers queries', async () => {
    const post = (query: string) =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ query }),
      })
    const introspection = await (await post('{ __schema { types { name } } }')).json()
    expect(introspection.data?.__schema).toBeUndefined()
    expect(JSON.stringify(introspection.errors)).toMatch(/introspection/i)
    const query = await (await post('{ Communes(limit: 1) { totalDocs } }')).json()
    expect(query.data.Communes.totalDocs).toBe(59)
  })
})

/** What a browser does with the Location header: resolve it against the page that answered. */
const landsOn = (location: string, origin: string) => new URL(location, `${origin}/connexion`)

/** The login page opened with ?next=<target>, then its form posted: where the browser is sent. */
async function loginWithNext(target: string) {
  const page = await fetch(`${server.url}/connexion?next=${encodeURIComponent(target)}`)
  expect(page.status, JSON.stringify(target)).toBe(200)
  const form = formIn(await page.text(), 'name="password"')
  // The hidden field as the page rendered it, and as an attacker would post it directly.
  const rendered = await postForm(`${server.url}/connexion`, form, { email, password: PASSWORD, code: '' })
  const posted = await postForm(`${server.url}/connexion`, form, { email, password: PASSWORD, code: '', next: target })
  return [rendered, posted]
}

describe('login over HTTP never leaves the site', () => {
  it("sends hostile targets home and keeps the site's own paths (no 500 for a newline)", async () => {
    const sample = [
      '/%09/evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\n//evil.example',
      '\\\\evil.example',
      '/\\evil.example',
      ' //evil.example',
      '//evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/.//evil.example',
    ]
    for (const target of sample) {
      for (const answer of await loginWithNext(target)) {
        expect([303, 307], JSON.stringify(target)).toContain(answer.status)
        expect(landsOn(answer.location!, server.url).origin, JSON.stringify(target)).toBe(server.url)
      }
    }
    for (const answer of await loginWithNext('/guides?theme=2#liste')) expect(answer.location).toBe('/guides?theme=2#liste')
  })
})

describe('deep links survive login (issue 20)', () => {
  const privatePages = [
    '/agenda/2',
    '/seances/3?x=1',
    '/mesures/4',
    '/guides?theme=2&public=personnel',
    '/ma-commune/journal',
    '/adresse/inconnue',
  ]

  it('a private page opened logged out sends to /connexion with that path and query as next', async () => {
    for (const path of privatePages) {
      const answer = await get(path, false)
      expect(answer.status, path).toBe(307)
      expect(answer.headers.get('location'), path).toBe(`/connexion?next=${encodeURIComponent(path)}`)
    }
    // The home page needs no next; a header a client sends to choose the target is replaced by the real path.
    expect((await get('/', false)).headers.get('location')).toBe('/connexion')
    const forged = await fetch(`${server.url}/agenda/2`, { headers: { 'x-relais-requested-path': '/mesures/9' }, redirect: 'manual' })
    expect(forged.headers.get('location')).toBe(`/connexion?next=${encodeURIComponent('/agenda/2')}`)
  })

  it('the login page carries next, and the login sends to it', async () => {
    for (const path of ['/seances/3?x=1', '/mesures/4']) {
      const location = (await get(path, false)).headers.get('location')!
      const page = await (await fetch(`${server.url}${location}`)).text()
      expect(page, path).toContain(`name="next" value="${path.replace(/&/g, '&amp;')}"`)
      const [rendered] = await loginWithNext(path)
      expect(rendered!.location, path).toBe(path)
    }
  })

  it('a logged-in person opening the login page goes to its next, or home when next is hostile', async () => {
    const open = (next: string) => get(`/connexion?next=${encodeURIComponent(next)}`)
    expect((await open('/agenda/2')).headers.get('location')).toBe('/agenda/2')
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)']) {
      const answer = await open(next)
      expect([303, 307], next).toContain(answer.status)
      expect(answer.headers.get('location'), next).toBe('/')
    }
  })
})

// Next answers these with the status and the page's tree in its payload, which the browser renders (the HTML shell
// itself is empty): what is shown, with the menu, is checked in Chromium in tests/e2e/deep-links.e2e.spec.ts.
describe('French error pages inside the layout (issue 20)', () => {
  // The menu is a client component (SiteMenu): its entries travel as props in the page's tree, not as HTML.
  const menu = /label\\*":\\*"Agenda\\*"/

  it('an unknown address is a 404 « Page introuvable » with the menu', async () => {
    for (const path of ['/adresse/inconnue', '/inexistant', '/agenda/999999', '/guides/guide-qui-n-existe-pas']) {
      const answer = await get(path)
      const html = await answer.text()
      expect(answer.status, path).toBe(404)
      expect(html, path).toContain('<title>Page introuvable – Relais</title>')
      expect(html, path).toMatch(/error-title[^<]{0,40}Page introuvable/)
      expect(html, path).toMatch(menu)
    }
  })

  it('a page reserved to other roles is a 403 « Vous n’avez pas accès à cette page » with the menu', async () => {
    for (const path of ['/guides/suivi', '/ma-commune/demandes', '/ma-commune/comptes', '/ma-commune/journal', '/seances/nouvelle']) {
      const answer = await get(path)
      const html = await answer.text()
      expect(answer.status, path).toBe(403)
      expect(html, path).toMatch(/error-title[^<]{0,40}Vous n’avez pas accès à cette page/)
      expect(html, path).toMatch(menu)
    }
  })
})

describe('public/ (issue 20)', () => {
  it('robots.txt keeps the whole intranet out of search engines; the favicon and the logo answer with their types', async () => {
    const robots = await get('/robots.txt', false)
    expect(robots.status).toBe(200)
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/$/m)
    const favicon = await get('/favicon.ico', false)
    expect(favicon.status).toBe(200)
    expect(favicon.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/)
    const bytes = Buffer.from(await favicon.arrayBuffer())
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]) // an ICO file
    const logo = await get('/logo.svg', false)
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await (await get('/guides')).text()).toContain('src="/logo.svg"')
  })

  it('every answer tells search engines not to index it', async () => {
    for (const [path, auth] of [
      ['/connexion', false],
      ['/guides', true],
      ['/robots.txt', false],
      ['/api/health', false],
      ['/adresse/inconnue', true],
    ] as const)
      expect((await get(path, auth)).headers.get('x-robots-tag'), path).toBe('noindex, nofollow')
  })
})
