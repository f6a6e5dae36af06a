/**
 * Where /connexion may send the browser after login (issue 17, OWASP ASVS 5.0 V1.2 / V3.7.2): `safeRedirect` reads
 * the `next` target as a browser reads a URL (tabs and newlines removed, leading and trailing controls and spaces
 * removed, backslashes as slashes) against the site's origin. A class of hostile targets, built from prefixes,
 * separators and hosts, is checked on the function here; through the real login over HTTP in
 * tests/int/security-headers.int.spec.ts.
 */
import { describe, expect, it } from 'vitest'

import { safeRedirect } from '@/auth/safeRedirect'

const ORIGIN = 'https://relais.example.ch'

/** Ways of writing "another host" that some browser or parser accepts. */
const separators = ['/', '\\', '\t', '\n', '\r', '\r\n', ' ', '\u0000', '\u000b', '\u001f', '%09', '%2F', '%5C']
const starts = ['', ' ', '\t', '\n', '\u0000', '\u001f', '/', '\\', '/.', '/..', '/./', '/../']
const hosts = ['evil.example', 'user@evil.example', 'evil.example:443', '127.0.0.1', '[::1]', 'evil。example']
const hostile: string[] = [
  'https://evil.example',
  'HTTPS://evil.example/',
  'http:evil.example',
  'https:\\\\evil.example',
  'https:/\\evil.example',
  '\\\\evil.example',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example',
  '/%09/evil.example',
  'https://relais.example.ch.evil.example/',
  'https://relais.example.ch@evil.example/',
]
for (const start of starts)
  for (const a of separators) for (const b of separators) for (const host of hosts) hostile.push(`${start}${a}${b}${host}`)
for (const start of starts)
  for (const host of hosts) hostile.push(`${start}/\t/${host}`, `${start}/\n/${host}`, `${start}\\/${host}`, `${start}/\\${host}`)

/** What a browser does with the Location header: resolve it against the page that answered. */
const landsOn = (location: string, origin = ORIGIN) => new URL(location, `${origin}/connexion`)

describe('safeRedirect', () => {
  it(`keeps every target of a class of ${'hostile'} inputs on the site's origin, as a clean path`, () => {
    expect(hostile.length).toBeGreaterThan(10_000)
    for (const target of hostile) {
      const result = safeRedirect(target, ORIGIN)
      expect(landsOn(result).origin, JSON.stringify(target)).toBe(ORIGIN)
      expect(result, JSON.stringify(target)).toMatch(/^\/(?![/\\])/)
      // Nothing that would break a Location header or be read differently by a browser.
      expect(result, JSON.stringify(target)).not.toMatch(/[\u0000-\u0020\u007f\\]/)
    }
  })

  it('keeps the paths, queries and fragments of the site as they are', () => {
    for (const path of [
      '/',
      '/guides',
      '/guides/securite-informatique?theme=1#actions',
      '/mesures?axe=2&priorite=A',
      '/recherche?q=mot%20de%20passe',
      '/seances/12',
      '/a/b/../c',
    ])
      expect(safeRedirect(path, ORIGIN)).toBe(new URL(path, ORIGIN).pathname + new URL(path, ORIGIN).search + new URL(path, ORIGIN).hash)
    // A path a browser reads as another host once normalised is brought back to a path of the site.
    expect(safeRedirect('/.//evil.example', ORIGIN)).toBe('/evil.example')
  })

  it('answers / for what is not a string or too long', () => {
    for (const value of [null, undefined, 12, ['/guides'], { href: '/guides' }, `/${'a'.repeat(5000)}`])
      expect(safeRedirect(value, ORIGIN)).toBe('/')
  })
})
