/**
 * Deep links survive login (issue 20, item 2): a private page opened logged out sends to `/connexion?next=<that
 * page>`, read as the login reads `next` (safeRedirect): only a path of this site is kept. Over HTTP, with the
 * header scripts/server.ts sets, in tests/int/security-headers.int.spec.ts; in Chromium in tests/e2e/deep-links.e2e.spec.ts.
 */
import { describe, expect, it } from 'vitest'

import { loginPath } from '@/auth/loginPath'
import { safeRedirect } from '@/auth/safeRedirect'

const ORIGIN = 'https://relais.example.ch'
const nextOf = (location: string) => new URL(location, ORIGIN).searchParams.get('next')

describe('loginPath', () => {
  it('keeps the page asked for, with its query, as the login’s next', () => {
    expect(loginPath('/agenda/2', ORIGIN)).toBe('/connexion?next=%2Fagenda%2F2')
    expect(loginPath('/seances/3?x=1', ORIGIN)).toBe(`/connexion?next=${encodeURIComponent('/seances/3?x=1')}`)
    for (const path of ['/mesures/4', '/guides?theme=2&public=personnel', '/recherche?q=mot%20de%20passe', '/ma-commune/journal?action=a'])
      expect(nextOf(loginPath(path, ORIGIN)), path).toBe(path)
  })

  it('drops Next’s cache-busting parameter of client-side navigations', () => {
    expect(loginPath('/agenda/2?_rsc=1x2y3', ORIGIN)).toBe('/connexion?next=%2Fagenda%2F2')
    expect(nextOf(loginPath('/seances/3?x=1&_rsc=abc', ORIGIN))).toBe('/seances/3?x=1')
  })

  it('gives the bare login page for the home page, the login page itself, nothing, or another site', () => {
    for (const requested of [
      null,
      undefined,
      '',
      '/',
      '/connexion',
      '/connexion?next=/agenda',
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
    ])
      expect(loginPath(requested, ORIGIN), String(requested)).toBe('/connexion')
  })

  it('never puts in next what the login would not accept as it is', () => {
    for (const requested of ['/%09/evil.example', '/a b', '/é?q=à', '/x?next=//evil.example', '/.//evil.example']) {
      const next = nextOf(loginPath(requested, ORIGIN))
      if (next !== null) expect(safeRedirect(next, ORIGIN), requested).toBe(next)
    }
  })
})
