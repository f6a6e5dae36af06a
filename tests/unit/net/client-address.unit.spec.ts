/**
 * The client's address as scripts/server.ts decides it (src/net/forwarded.ts): the socket's peer, unless it is a
 * trusted proxy; then X-Forwarded-For read from the right, skipping trusted proxies. Over HTTP, the limits that use
 * it are tested in login-throttle.int.spec.ts and account-request-abuse.int.spec.ts.
 */
import { describe, expect, it } from 'vitest'

import { clientAddress } from '@/net/clientAddress'
import { normaliseAddress, parseTrustedProxies, resolveClientAddress, TrustedProxiesError } from '@/net/forwarded'

const none = parseTrustedProxies(undefined)
const proxies = parseTrustedProxies('10.0.0.5, 10.1.0.0/16,fd00::/8 ,127.0.0.1')

describe('resolveClientAddress', () => {
  it('without trusted proxies, X-Forwarded-For is ignored whatever it says', () => {
    for (const forwarded of [undefined, '', '1.2.3.4', '1.2.3.4, 5.6.7.8', ['9.9.9.9', '8.8.8.8'], 'garbage', '127.0.0.1'])
      expect(resolveClientAddress('203.0.113.9', forwarded, none), JSON.stringify(forwarded)).toBe('203.0.113.9')
    expect(resolveClientAddress('::ffff:203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9')
    expect(parseTrustedProxies('').configured).toBe(false)
  })

  it('from an untrusted peer, X-Forwarded-For is ignored even when proxies are configured', () => {
    expect(resolveClientAddress('198.51.100.1', '10.0.0.5, 1.2.3.4', proxies)).toBe('198.51.100.1')
  })

  it('from a trusted proxy, the right-most address that is not a trusted proxy', () => {
    expect(resolveClientAddress('10.0.0.5', '203.0.113.7', proxies)).toBe('203.0.113.7')
    // A client-written prefix stays to the left: ignored.
    expect(resolveClientAddress('10.0.0.5', '1.1.1.1, 203.0.113.7', proxies)).toBe('203.0.113.7')
    // Several of our proxies in a row (CIDR and IPv6 entries).
    expect(resolveClientAddress('::ffff:10.0.0.5', '6.6.6.6, 203.0.113.7, 10.1.4.2', proxies)).toBe('203.0.113.7')
    expect(resolveClientAddress('fd00::1', '2001:db8::42, fd12::3', proxies)).toBe('2001:db8::42')
    // Headers repeated, ports and brackets as some proxies write them.
    expect(resolveClientAddress('10.0.0.5', ['7.7.7.7', '203.0.113.7:51234'], proxies)).toBe('203.0.113.7')
    expect(resolveClientAddress('10.0.0.5', '[2001:db8::7]:443', proxies)).toBe('2001:db8::7')
  })

  it('a chain of trusted proxies only, or nothing forwarded, gives the left-most trusted hop; garbage stops the walk', () => {
    expect(resolveClientAddress('10.0.0.5', undefined, proxies)).toBe('10.0.0.5')
    expect(resolveClientAddress('10.0.0.5', '10.1.0.9', proxies)).toBe('10.1.0.9')
    expect(resolveClientAddress('10.0.0.5', '203.0.113.7, <script>, 10.1.0.9', proxies)).toBe('10.1.0.9')
    expect(resolveClientAddress('10.0.0.5', 'unknown', proxies)).toBe('10.0.0.5')
  })

  it('refuses a malformed RELAIS_TRUSTED_PROXIES with a French message', () => {
    for (const bad of ['10.0.0', '10.0.0.0/33', 'fd00::/129', 'proxy.example', '10.0.0.0/', '10.0.0.0/8/8', '*'])
      expect(() => parseTrustedProxies(bad), bad).toThrow(TrustedProxiesError)
    expect(() => parseTrustedProxies('nope')).toThrow(/RELAIS_TRUSTED_PROXIES/)
  })

  it('explains the refusal to the operator in the instance’s configured language', async () => {
    const error = (() => {
      try {
        parseTrustedProxies('10.0.0.0/8, proxy.example')
      } catch (thrown) {
        return thrown as TrustedProxiesError
      }
    })()!
    expect(error.entry).toBe('proxy.example')
    const configured = process.env.RELAIS_DEFAULT_LANGUAGE
    try {
      delete process.env.RELAIS_DEFAULT_LANGUAGE
      expect(await error.explained()).toBe(
        "RELAIS_TRUSTED_PROXIES: « proxy.example » n'est ni une adresse IP ni une plage CIDR (ex. 10.0.0.0/8).",
      )
      process.env.RELAIS_DEFAULT_LANGUAGE = 'de'
      expect(await error.explained()).toBe(
        'RELAIS_TRUSTED_PROXIES: «proxy.example» ist weder eine IP-Adresse noch ein CIDR-Bereich (z. B. 10.0.0.0/8).',
      )
    } finally {
      if (configured === undefined) delete process.env.RELAIS_DEFAULT_LANGUAGE
      else process.env.RELAIS_DEFAULT_LANGUAGE = configured
    }
  })

  it('normalises what sockets report', () => {
    expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(normaliseAddress('FE80::1%eth0')).toBe('fe80::1')
    expect(normaliseAddress('not an address')).toBeNull()
  })
})

describe('clientAddress', () => {
  it('reads the one address the server wrote, and never anything long', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientAddress(new Headers())).toBe('inconnue')
    expect(clientAddress(null)).toBe('inconnue')
    expect(clientAddress(new Headers({ 'x-forwarded-for': 'x'.repeat(100) }))).toBe('inconnue')
  })
})
