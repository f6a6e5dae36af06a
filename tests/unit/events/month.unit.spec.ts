import { describe, expect, it } from 'vitest'

import { dayOf, monthBounds, monthOf, openingMonth, shiftMonth } from '@/events/month'

// 30 November 2026, 10:00 in Zurich.
const now = new Date('2026-11-30T09:00:00Z')

describe('the month the agenda opens on', () => {
  it('is the month of the next event when the current month has none ahead', () => {
    expect(openingMonth({ now, next: { startsAt: '2027-03-25T08:00:00Z' } })).toBe('2027-03')
  })

  it('is the current month when an event lies ahead in it', () => {
    expect(openingMonth({ now, next: { startsAt: '2026-11-30T15:00:00Z' } })).toBe('2026-11')
  })

  it('is the current month for an event under way that began last month', () => {
    expect(openingMonth({ now, next: { startsAt: '2026-10-28T08:00:00Z' } })).toBe('2026-11')
  })

  it('is the current month when no event lies ahead', () => {
    expect(openingMonth({ now, next: null })).toBe('2026-11')
    expect(openingMonth({ now })).toBe('2026-11')
  })

  it('is the month asked for (?mois=) when it is one, whatever lies ahead', () => {
    expect(openingMonth({ requested: '2026-09', now, next: { startsAt: '2027-03-25T08:00:00Z' } })).toBe('2026-09')
    expect(openingMonth({ requested: '2026-13', now, next: { startsAt: '2027-03-25T08:00:00Z' } })).toBe('2027-03')
    expect(openingMonth({ requested: 'mars', now, next: null })).toBe('2026-11')
    // A year whose December has no next month (9999) is no month the agenda shows.
    expect(openingMonth({ requested: '9999-12', now, next: null })).toBe('2026-11')
  })

  it('counts months and days in Zurich time, not UTC', () => {
    // 31 December 2026 at 23:30 UTC is already 1 January 2027 in Zurich.
    const newYear = new Date('2026-12-31T23:30:00Z')
    expect(monthOf(newYear)).toBe('2027-01')
    expect(dayOf(newYear)).toBe('2027-01-01')
    expect(openingMonth({ now: new Date('2026-12-31T12:00:00Z'), next: { startsAt: newYear.toISOString() } })).toBe('2027-01')
  })
})

describe('moving month by month', () => {
  it('goes back and forth across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
    expect(shiftMonth('2026-11', 0)).toBe('2026-11')
  })

  it('bounds a month from its first midnight in Zurich to the next one', () => {
    expect(monthBounds('2026-12')).toEqual({ from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') })
    expect(monthBounds('2027-03')!.to).toEqual(new Date('2027-03-31T22:00:00Z'))
    expect(monthBounds('2026-00')).toBeNull()
    expect(monthBounds('9999-12')).toBeNull()
  })
})
