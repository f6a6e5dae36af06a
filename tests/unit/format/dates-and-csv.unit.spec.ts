/** Dates as the French pages show them (Zurich time), durations, and CSV exports that Excel opens. */
import { describe, expect, it } from 'vitest'

import { toCsv } from '@/export/csv'
import { clockTime, duration, longDate, longDateTime } from '@/format/dates'

describe('dates', () => {
  it('are written in French, in Zurich time, on both sides of a daylight-saving change', () => {
    expect(longDate('2027-03-12T12:00:00.000Z')).toBe('12 mars 2027')
    expect(longDate('2027-12-31T23:30:00.000Z')).toBe('1 janvier 2028')
    expect(clockTime('2027-01-14T13:00:00.000Z')).toBe('14:00')
    expect(clockTime('2027-06-10T13:00:00.000Z')).toBe('15:00')
    expect(longDateTime(new Date('2027-03-25T13:00:00.000Z'))).toBe('jeudi 25 mars 2027 à 14:00')
  })

  it('write durations in hours and minutes', () => {
    expect(duration(45)).toBe('45 min')
    expect(duration(60)).toBe('1 h')
    expect(duration(90)).toBe('1 h 30')
    expect(duration(125)).toBe('2 h 05')
    expect(duration(0)).toBe('0 min')
  })
})

describe('toCsv', () => {
  it('quotes every cell, doubles quotes, separates with semicolons, and starts with a BOM', () => {
    expect(
      toCsv([
        ['Nom', 'Remarque'],
        ['Anne "la" Membre', 'a;b\nc'],
        [null, 3],
      ]),
    ).toBe('\uFEFF"Nom";"Remarque"\r\n"Anne ""la"" Membre";"a;b\nc"\r\n"";"3"\r\n')
  })
})
