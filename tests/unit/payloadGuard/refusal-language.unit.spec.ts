/**
 * The guards' refusals in the language of the request they refuse (src/payloadGuard/refusalLanguage.ts): its
 * `relais-locale` cookie, then its Accept-Language where the instance offers both languages, then the instance's
 * default. The checks themselves, in German. Over HTTP against the real config: guard-language.int.spec.ts.
 */
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { typeProblem } from '@/payloadGuard/fieldTypes'
import { jsonBodyProblem, nulCharacterIn } from '@/payloadGuard/jsonBody'
import { pageRequestProblem } from '@/payloadGuard/pageRequests'
import { queryProblem } from '@/payloadGuard/queryChecks'
import { refusalLocale, refusalsIn } from '@/payloadGuard/refusalLanguage'
import { whereProblem } from '@/payloadGuard/wherePaths'

const headers = (values: Record<string, string>) => new Headers(values)
const both = { defaultLocale: 'fr', offered: ['fr', 'de'] } as const
const frenchOnly = { defaultLocale: 'fr', offered: ['fr'] } as const
const configured = process.env.RELAIS_DEFAULT_LANGUAGE

afterEach(() => {
  if (configured === undefined) delete process.env.RELAIS_DEFAULT_LANGUAGE
  else process.env.RELAIS_DEFAULT_LANGUAGE = configured
})

describe('refusalLocale', () => {
  it('takes the person’s chosen language from the cookie first', () => {
    expect(refusalLocale(headers({ cookie: 'payload-token=abc; relais-locale=de' }), both)).toBe('de')
    expect(refusalLocale(headers({ cookie: 'relais-locale=fr', 'accept-language': 'de-CH' }), both)).toBe('fr')
  })

  it('then the browser’s language where both are offered, then the instance’s default', () => {
    expect(refusalLocale(headers({ 'accept-language': 'de-CH,de;q=0.9' }), both)).toBe('de')
    expect(refusalLocale(headers({ 'accept-language': 'de-CH' }), frenchOnly)).toBe('fr')
    expect(refusalLocale(headers({ cookie: 'relais-locale=de' }), frenchOnly)).toBe('fr')
    expect(refusalLocale(headers({ 'accept-language': 'en' }), { defaultLocale: 'de', offered: ['fr', 'de'] })).toBe('de')
    expect(refusalLocale(headers({ 'accept-language': '*;q=x,,' }), both)).toBe('fr')
  })

  it('without the site settings (the proxy): the configured default language, both offered', () => {
    process.env.RELAIS_DEFAULT_LANGUAGE = 'de'
    expect(refusalLocale(headers({}))).toBe('de')
    expect(refusalLocale(headers({ 'accept-language': 'fr-CH' }))).toBe('fr')
    delete process.env.RELAIS_DEFAULT_LANGUAGE
    expect(refusalLocale(headers({}))).toBe('fr')
    expect(refusalLocale(headers({ cookie: 'relais-locale=de' }))).toBe('de')
  })
})

const field = (name: string, type: string, extra: object = {}) => ({ name, type, ...extra }) as unknown as FlattenedField
const meetings = {
  slug: 'meetings',
  flattenedFields: [field('title', 'text'), field('startsAt', 'date'), field('status', 'select', { options: ['planned'] })],
} as unknown as SanitizedCollectionConfig
const config = { collections: [meetings] } as unknown as SanitizedConfig
const de = refusalsIn('de')

describe('the checks in German', () => {
  it('say what is wrong with a query and its filter', () => {
    expect(queryProblem('?limit=abc', meetings, config, false, de)).toBe('Der Parameter «limit» muss eine positive ganze Zahl sein.')
    expect(queryProblem('?q=a%00b', meetings, config, false, de)).toBe('Die Anfrage enthält ein Nullzeichen.')
    expect(whereProblem({ nope: { equals: 1 } }, meetings, config, de)).toBe(
      'Der Filter bezieht sich auf «nope»: Dieses Feld gibt es nicht, oder es kann nicht zum Filtern dienen.',
    )
    expect(whereProblem({ and: 'x' }, meetings, config, de)).toBe('Der Filter «where» ist fehlerhaft.')
    expect(whereProblem({ startsAt: { equals: 'hier' } }, meetings, config, de)).toBe('Ungültiger Wert für das Feld «startsAt».')
    expect(whereProblem({ status: { near: '1,2' } }, meetings, config, de)).toBe(
      'Der Filter «near» lässt sich nicht auf das Feld «status» anwenden.',
    )
  })

  it('say what is wrong with a body and a field’s value', async () => {
    const post = (body: string) =>
      new Request('http://relais.test/api/faqs', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    expect(await jsonBodyProblem(post('{"a": '), de)).toBe('Der Inhalt der Anfrage ist kein gültiges JSON.')
    expect(await jsonBodyProblem(post('[1]'), de)).toBe('Der Inhalt der Anfrage muss ein JSON-Objekt sein.')
    expect(nulCharacterIn({ a: 'x\u0000' }, de)).toBe('Die gesendeten Daten enthalten ein Nullzeichen.')
    const title = field('title', 'text') as never
    expect(typeProblem(title, 3, de)).toBe('Das Feld «title» muss ein Text sein.')
    expect(typeProblem(field('tags', 'select', { hasMany: true }) as never, 'a', de)).toBe(
      'Das Feld «tags» muss eine Liste von Werten aus der Auswahlliste sein.',
    )
    expect(typeProblem(title, 3)).toBe('Le champ « title » doit être un texte.')
  })

  it('refuse a page form from another site', async () => {
    const post = new Request('http://relais.test/ma-commune', {
      method: 'POST',
      headers: { host: 'relais.test', origin: 'https://evil.example', 'next-action': 'abc' },
    })
    expect(await pageRequestProblem(post, de)).toEqual({ status: 403, message: 'Dieses Formular muss aus Relais selbst gesendet werden.' })
  })
})
