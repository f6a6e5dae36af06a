/**
 * The small input checks in front of pages and fields: form posts Next would answer with a 500, Location-safe
 * paths, record ids from URLs and forms, https-only links.
 */
import { describe, expect, it } from 'vitest'

import { httpsUrl } from '@/fields/httpsUrl'
import { headerSafePath } from '@/http/headerSafePath'
import { recordId } from '@/http/recordId'
import { pageRequestProblem } from '@/payloadGuard/pageRequests'

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request('http://relais.test/ma-commune', { method: 'POST', headers, body })

describe('pageRequestProblem', () => {
  it('lets through what is no server action: other methods, and posts without the header or a multipart form', async () => {
    expect(await pageRequestProblem(new Request('http://relais.test/', { headers: { origin: 'https://evil.example' } }))).toBeNull()
    expect(await pageRequestProblem(post({ origin: 'https://evil.example', 'content-type': 'application/json' }, '{}'))).toBeNull()
  })

  it('refuses a server action posted from another site with a French 403', async () => {
    const refusal = { status: 403, message: 'Ce formulaire doit être envoyé depuis Relais lui-même.' }
    expect(await pageRequestProblem(post({ host: 'relais.test', origin: 'https://evil.example', 'next-action': 'abc' }))).toEqual(refusal)
    expect(await pageRequestProblem(post({ host: 'relais.test', origin: 'null', 'next-action': 'abc' }))).toEqual(refusal)
    expect(await pageRequestProblem(post({ host: 'relais.test', origin: 'not a url', 'next-action': 'abc' }))).toEqual(refusal)
  })

  it('reads the own host as Next does: X-Forwarded-Host first, else Host; no Origin passes', async () => {
    expect(await pageRequestProblem(post({ host: 'relais.test', origin: 'http://relais.test', 'next-action': 'abc' }))).toBeNull()
    expect(
      await pageRequestProblem(
        post({ host: 'internal:3000', 'x-forwarded-host': 'relais.test, proxy', origin: 'https://relais.test', 'next-action': 'abc' }),
      ),
    ).toBeNull()
    expect(await pageRequestProblem(post({ host: 'relais.test', 'next-action': 'abc' }))).toBeNull()
  })

  it('refuses a multipart body it cannot read, and a multipart form that names no action', async () => {
    const broken = post(
      { host: 'relais.test', origin: 'http://relais.test', 'content-type': 'multipart/form-data; boundary=x' },
      'not multipart at all',
    )
    expect(await pageRequestProblem(broken)).toEqual({
      status: 400,
      message: 'Le formulaire envoyé est mal formé. Rechargez la page et réessayez.',
    })
    const plain = new FormData()
    plain.append('name', 'Anne')
    expect(
      await pageRequestProblem(new Request('http://relais.test/x', { method: 'POST', headers: { host: 'relais.test' }, body: plain })),
    ).toEqual({
      status: 400,
      message: 'Ce formulaire n’est pas reconnu. Rechargez la page et réessayez.',
    })
    const action = new FormData()
    action.append('$ACTION_ID_abc', '')
    const request = new Request('http://relais.test/x', { method: 'POST', headers: { host: 'relais.test' }, body: action })
    expect(await pageRequestProblem(request)).toBeNull()
    // The body is read from a clone: Next can still read it.
    expect([...(await request.formData()).keys()]).toEqual(['$ACTION_ID_abc'])
  })
})

describe('headerSafePath', () => {
  it('percent-encodes what a Location header cannot carry, and nothing else', () => {
    expect(headerSafePath('/guides?theme=2#liste')).toBe('/guides?theme=2#liste')
    expect(headerSafePath('/a b\nc')).toBe('/a%20b%0Ac')
    expect(headerSafePath('/sécurité')).toBe('/s%C3%A9curit%C3%A9')
    expect(headerSafePath('/\u{1F600}')).toBe('/%F0%9F%98%80')
  })
})

describe('recordId', () => {
  it('is a positive integer within PostgreSQL’s integer, from a number or a string of digits', () => {
    expect(recordId('12')).toBe(12)
    expect(recordId(12)).toBe(12)
    expect(recordId('2147483647')).toBe(2_147_483_647)
    for (const bad of ['2147483648', '0', '-1', '1.5', '1e3', ' 12', '12abc', '', 1.5, 0, null, undefined, {}, ['1'], '99999999999'])
      expect(recordId(bad), JSON.stringify(bad)).toBeNull()
  })
})

describe('httpsUrl', () => {
  it('accepts an https link or nothing, and says why otherwise', () => {
    for (const ok of [null, undefined, '', 'https://meet.example/abc?x=1']) expect(httpsUrl(ok)).toBe(true)
    for (const bad of [
      'http://meet.example',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://a b',
      'https://x"onmouseover=1',
      ' https://x',
    ])
      expect(httpsUrl(bad), bad).toBe('Le lien doit commencer par https:// (sans espace).')
  })
})
