/** The names of the search's result types come from the catalogue, in the reader's language; the keys stay the URL's. */
import { describe, expect, it } from 'vitest'

import { messagesFor } from '@/i18n/catalogue'
import { searchTypeLabels, typeLabelIn } from '@/search/typeLabels'
import { isSearchType, searchTypes } from '@/search/types'

describe('search result types', () => {
  it('are plain keys, the values of ?type=, in the order of the filters', () => {
    expect(searchTypes[0]).toBe('guide')
    expect(searchTypes).toContain('actualite')
    for (const type of searchTypes) expect(isSearchType(type)).toBe(true)
    for (const other of ['Guides', 'constructor', 'toString', '']) expect(isSearchType(other)).toBe(false)
  })

  it('are named in French for a French page', () => {
    expect(searchTypeLabels('fr')).toMatchObject({ guide: 'Guides', seance: 'Séances', evenement: 'Événements', faq: 'FAQ' })
    expect(typeLabelIn('seance', 'fr')).toBe('Séance')
  })

  it('are named in German for a German page, filters and badges', () => {
    const names = searchTypeLabels('de')
    expect(Object.keys(names)).toEqual([...searchTypes])
    expect(names).toMatchObject({ guide: 'Leitfäden', mesure: 'Massnahmen', seance: 'Sitzungen', evenement: 'Veranstaltungen' })
    expect(typeLabelIn('guide', 'de')).toBe('Leitfaden')
    expect(typeLabelIn('mesure', 'de')).toBe('Massnahme')
  })

  it('the header search box (a client component) reads every name from client.search.types in both languages', () => {
    for (const [locale, guide] of [
      ['fr', 'Guide'],
      ['de', 'Leitfaden'],
    ] as const) {
      const types = (messagesFor(locale).client as { search: { types: Record<string, string> } }).search.types
      for (const type of searchTypes) expect(types[type], `${locale}: ${type}`).toBeTruthy()
      expect(types.guide).toBe(guide)
    }
  })
})
