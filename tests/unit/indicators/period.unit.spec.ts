import { describe, expect, it } from 'vitest'

import { anonymousMedian } from '@/indicators/anonymity'
import { indicatorValue } from '@/indicators/format'
import { addMonths, lastTwelveMonths, nextSixMonths, within } from '@/indicators/period'

describe('the periods of the indicators', () => {
  it('counts the last twelve months from the same day a year earlier to today, in Zurich days', () => {
    // 23:30 UTC on 14 June is already 15 June in Zurich.
    expect(lastTwelveMonths(new Date('2026-06-14T23:30:00Z'))).toEqual({ from: '2025-06-15', to: '2026-06-15' })
    expect(nextSixMonths(new Date('2026-08-31T10:00:00Z'))).toEqual({ from: '2026-08-31', to: '2027-02-28' })
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28')
  })

  it('keeps both ends of a span, and a day stored at noon or an instant late in the Zurich evening', () => {
    const span = { from: '2025-06-15', to: '2026-06-15' }
    expect(within('2025-06-15T12:00:00.000Z', span)).toBe(true)
    expect(within('2025-06-14T12:00:00.000Z', span)).toBe(false)
    expect(within('2026-06-15T21:59:00.000Z', span)).toBe(true) // 23:59 in Zurich
    expect(within('2026-06-15T22:00:00.000Z', span)).toBe(false) // midnight, 16 June in Zurich
    expect(within(null, span)).toBe(false)
  })
})

describe('how an indicator reads', () => {
  it('says « Oui », « 62,5 % », « 3 » and « Sans objet »', () => {
    expect(indicatorValue('yesno', 1)).toBe('Oui')
    expect(indicatorValue('yesno', 0)).toBe('Non')
    expect(indicatorValue('percent', 62.5)).toBe('62,5 %')
    expect(indicatorValue('count', 3)).toBe('3')
    expect(indicatorValue('count', null)).toBe('Sans objet')
  })

  it('hides a median with fewer than 3 communes behind it and ignores communes without a value', () => {
    expect(anonymousMedian([0, 50, null])).toBeNull()
    expect(anonymousMedian([0, 50, 100, null])).toBe(50)
  })
})
