/**
 * After login, /connexion sends the browser only to a path of this site (issue 17, OWASP ASVS 5.0 V1.2 / V3.7.2):
 * the `next` target is read as a browser reads a URL (tabs and newlines removed, leading and trailing controls and
 * spaces removed, backslashes as slashes) against the site's origin. A class of hostile targets, built from
 * prefixes, separators and hosts, is checked on the function in tests/unit/auth/safe-redirect.unit.spec.ts; here,
 * through the real login over HTTP.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formIn, postForm } from '../helpers/forms'
import { bootPayload } from '../helpers/payload'
import { createUser, PASSWORD } from '../helpers/people'
import { type RunningServer, startServer } from '../helpers/server'

/** What a browser does with the Location header: resolve it against the page that answered. */
const landsOn = (location: string, origin: string) => new URL(location, `${origin}/connexion`)

describe('login over HTTP never leaves the site', () => {
  let payload: Payload
  let server: RunningServer
  let email = ''
  beforeAll(async () => {
    const booted = await bootPayload()
    payload = booted.payload
    email = (await createUser(payload, { email: 'redirection@test.local', name: 'Régis Redirection', roles: ['member'] })).email
    server = await startServer(booted.databaseUrl)
  })
  afterAll(async () => {
    await server?.stop()
  })

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

  it('sends hostile targets home and keeps the site\'s own paths (no 500 for a newline)', async () => {
    const sample = ['/%09/evil.example', '/\t/evil.example', '/\n/evil.example', '/\r\n//evil.example', '\\\\evil.example', '/\\evil.example', ' //evil.example', '//evil.example', 'https://evil.example', 'javascript:alert(1)', '/.//evil.example']
    for (const target of sample) {
      for (const answer of await loginWithNext(target)) {
        expect([303, 307], JSON.stringify(target)).toContain(answer.status)
        expect(landsOn(answer.location!, server.url).origin, JSON.stringify(target)).toBe(server.url)
      }
    }
    for (const answer of await loginWithNext('/guides?theme=2#liste')) expect(answer.location).toBe('/guides?theme=2#liste')
  })
})
