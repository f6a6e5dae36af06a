import { describe, expect, it } from 'vitest'

import { waitInWords } from '@/throttle/throttle'

describe('the wait of a rate-limit refusal, in words', () => {
  it('rounds up to minutes under an hour, to hours beyond, in French by default', () => {
    expect(waitInWords(1_000)).toBe('dans 1 minute')
    expect(waitInWords(11 * 60_000 + 1)).toBe('dans 12 minutes')
    expect(waitInWords(61 * 60_000)).toBe('dans 2 heures')
  })

  it('in German for a German reader', () => {
    expect(waitInWords(1_000, 'de')).toBe('in 1 Minute')
    expect(waitInWords(30 * 60_000, 'de')).toBe('in 30 Minuten')
    expect(waitInWords(60 * 60_000, 'de')).toBe('in 1 Stunde')
    expect(waitInWords(3 * 60 * 60_000, 'de')).toBe('in 3 Stunden')
  })
})
