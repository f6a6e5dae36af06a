/**
 * The indicators' words in both languages: every indicator of the registry has a label and a definition in French
 * and in German (from the catalogues), the German ones are German, and values read in the reader's language.
 */
import { describe, expect, it } from 'vitest'

import { indicatorValue } from '@/indicators/format'
import { indicators } from '@/indicators/registry'
import { indicatorWords } from '@/indicators/words'
import { classesFor, formatValue } from '@/regional/classes'

describe('indicator words', () => {
  it('gives every indicator a label and a definition in each language, different from one language to the other', () => {
    for (const indicator of indicators) {
      const fr = indicatorWords(indicator, 'fr')
      const de = indicatorWords(indicator, 'de')
      for (const words of [fr, de]) {
        expect(words.label, indicator.key).not.toMatch(/⚠|^$/)
        expect(words.definition, indicator.key).not.toMatch(/⚠|^$/)
      }
      expect(de.label, indicator.key).not.toBe(fr.label)
      expect(de.definition, indicator.key).not.toBe(fr.definition)
      // A German definition says where its figure comes from, as the French one does.
      expect(fr.definition, indicator.key).toContain('Source :')
      expect(de.definition, indicator.key).toContain('Quelle:')
    }
  })

  it('reads the German of known indicators', () => {
    const byKey = (key: string) => indicators.find((indicator) => indicator.key === key)!
    expect(indicatorWords(byKey('checklist-completion'), 'de')).toMatchObject({ label: 'Erledigte Checklisten' })
    expect(indicatorWords(byKey('checklist-completion'), 'fr')).toMatchObject({ label: 'Checklists réalisées' })
    expect(indicatorWords(byKey('referent-named'), 'de').definition).toMatch(/^Ja, wenn das digitale Register der Gemeinde/)
  })

  it('keeps the words an indicator outside the registry carries', () => {
    expect(indicatorWords({ key: 'test', label: 'Étiquette', definition: 'Définition' }, 'de')).toEqual({
      label: 'Étiquette',
      definition: 'Définition',
    })
  })

  it('writes values and classes in the reader’s language', () => {
    expect(indicatorValue('yesno', 1, 'de')).toBe('Ja')
    expect(indicatorValue('yesno', 0, 'fr')).toBe('Non')
    expect(indicatorValue('count', null, 'de')).toBe('Entfällt')
    expect(indicatorValue('count', 1250.5, 'de')).toBe("1'250.5")
    expect(formatValue(null, 'percent', 'de')).toBe('Keine Daten')
    expect(classesFor('percent', [], 'de').map((c) => `${c.bounds} ${c.meaning}`)).toEqual([
      '0 bis 24 % weniger als ein Viertel',
      '25 bis 49 % zwischen einem Viertel und der Hälfte',
      '50 bis 74 % zwischen der Hälfte und drei Vierteln',
      '75 bis 100 % drei Viertel oder mehr',
    ])
    expect(classesFor('percent', [], 'fr')[0]).toMatchObject({ bounds: '0 à 24 %', meaning: 'moins d’un quart' })
  })
})
