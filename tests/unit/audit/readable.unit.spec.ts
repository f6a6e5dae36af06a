import { describe, expect, it } from 'vitest'

import { readable } from '@/audit/list'
import { pseudoLocale } from '@/i18n/locales'

// A date picked without a time (stored at noon UTC) in the trail's changes: interface text, in the reader's language.
describe('readable (audit trail values)', () => {
  const noCommunes = new Map<number, string>()
  const day = '2027-02-01T12:00:00.000Z'

  it('writes a day in the reader’s language', () => {
    expect(readable('dueDate', day, noCommunes, 'fr')).toBe('1 février 2027')
    expect(readable('dueDate', day, noCommunes, 'de')).toMatch(/^1\. Februar 2027$/)
  })

  it('marks it for the pseudo-language walk, which found « 1 février » left in French', () => {
    expect(readable('dueDate', day, noCommunes, pseudoLocale)).toMatch(/^⟦.+⟧$/)
  })
})
