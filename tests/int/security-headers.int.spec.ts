/**
 * Security headers of the production build (OWASP ASVS 5.0, V3.4 and V4.3): every response carries the
 * Content-Security-Policy and its companions, private answers are never cached, static assets still are, and
 * GraphQL answers no introspection. The browser journeys check that the policy blocks nothing of ours.
 *
 * On the same server (one boot for both): after login, /connexion sends the browser only to a path of this site
 * (issue 17, OWASP ASVS 5.0 V1.2 / V3.7.2). The `next` target is read as a browser reads a URL; a class of over
 * 10,000 hostile targets is checked on the function in tests/unit/auth/safe-redirect.unit.spec.ts, a sample here
 * through the real login over HTTP.
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

describe('login over HTTP never leaves the site', () => {
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
