import { describe, expect, it } from 'vitest'

import { resolveLocale } from '@/i18n/resolveLocale'

const both = { defaultLocale: 'fr', offered: ['fr', 'de'] } as const
const germanOnly = { defaultLocale: 'de', offered: ['de'] } as const

describe('a request’s language', () => {
  it('is the one the person chose, when the instance offers it', () => {
    expect(resolveLocale(both, 'de', 'fr-CH,fr;q=0.9')).toBe('de')
    expect(resolveLocale(germanOnly, 'fr', 'fr-CH')).toBe('de')
  })

  it('follows the browser on a first visit where both are offered, else the instance’s default', () => {
    expect(resolveLocale(both, undefined, 'de-CH,de;q=0.9,en;q=0.5')).toBe('de')
    expect(resolveLocale(both, undefined, 'en-US,en;q=0.9')).toBe('fr')
    expect(resolveLocale(germanOnly, undefined, 'fr-CH')).toBe('de')
  })

  it('ignores a malformed header or cookie', () => {
    expect(resolveLocale(both, 'xx', '***,;;q=abc')).toBe('fr')
    expect(resolveLocale(both, 'qps', null)).toBe('fr')
  })
})
