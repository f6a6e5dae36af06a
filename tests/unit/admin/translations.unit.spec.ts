/**
 * Payload's own French strings as editors read them (its translation with src/admin/translations.ts over it): no
 * « (e) » nor « nouveau ou nouvelle », no masculine-only « Êtes-vous sûr », and every placeholder still there.
 */
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { describe, expect, it } from 'vitest'

import { frenchAsShown, frenchOverrides } from '@/admin/translations'

type Strings = Record<string, Record<string, string>>

const badFrench = [/\(e\)/, /\(e\)s/, /ou nouvelle/i, /ce ou cette/, /le ou la/, /il ou elle/, /de ou du/, /Êtes-vous sûr/, /\{\{titre\}\}/]
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<(\d)>/g)].map((match) => match[1] ?? match[2]))].sort()

describe('Payload’s French in the admin panel', () => {
  const shown = frenchAsShown()

  it('has none of the broken forms left (Payload’s own translation has them: the check bites)', () => {
    const offending = (strings: Strings) =>
      Object.entries(strings).flatMap(([group, keys]) =>
        Object.entries(keys)
          .filter(([, text]) => badFrench.some((bad) => bad.test(text)))
          .map(([key, text]) => `${group}:${key} = ${text}`),
      )
    expect(offending(fr.translations as unknown as Strings).length).toBeGreaterThan(10)
    expect(offending(shown)).toEqual([])
  })

  it('says what editors see with the gender left open', () => {
    expect(shown.general!.creatingNewLabel!.replace('{{label}}', 'Événement')).toBe('Nouveau document : Événement')
    expect(shown.general!.successfullyCreated!.replace('{{label}}', 'Séance')).toBe('Séance : document créé.')
    expect(shown.general!.createNew).toBe('Créer')
    expect(shown.general!.updatedLabelSuccessfully!.replace('{{label}}', 'Séance')).toBe('Séance : modifications enregistrées.')
  })

  it('keeps, in every string it changes, the placeholders Payload fills in (the English ones)', () => {
    const english = en.translations as unknown as Strings
    for (const [group, keys] of Object.entries(frenchOverrides())) {
      for (const [key, text] of Object.entries(keys)) {
        const source = english[group]?.[key]
        expect(source, `${group}:${key} exists in Payload`).toBeDefined()
        expect(placeholders(text), `${group}:${key}`).toEqual(placeholders(source!))
      }
    }
  })
})
