/** The last day to give notice on a contract, and the days left until it. */
import { describe, expect, it } from 'vitest'

import { daysUntil, noticeDeadline } from '@/contracts/noticeDeadline'

describe('noticeDeadline', () => {
  it('counts the notice period back in calendar months from the end of the term', () => {
    expect(noticeDeadline('2027-12-31', 6)).toBe('2027-06-30')
    expect(noticeDeadline('2027-05-31', 3)).toBe('2027-02-28')
    expect(noticeDeadline('2028-05-31', 3)).toBe('2028-02-29')
    expect(noticeDeadline('2027-03-15', 0)).toBe('2027-03-15')
    expect(noticeDeadline('2027-01-31', 13)).toBe('2025-12-31')
  })

  it('keeps the day when the target month has it, and ignores a time after the date', () => {
    expect(noticeDeadline('2027-09-15', 1)).toBe('2027-08-15')
    expect(noticeDeadline('2027-12-31T12:00:00.000Z', 2)).toBe('2027-10-31')
    expect(noticeDeadline('2027-03-31', 1)).toBe('2027-02-28')
    expect(noticeDeadline('2027-12-31', 24)).toBe('2025-12-31')
  })
})

describe('daysUntil', () => {
  it('counts whole days, negative once the day has passed, across a daylight-saving change', () => {
    expect(daysUntil('2027-06-30', '2027-06-30')).toBe(0)
    expect(daysUntil('2027-07-01', '2027-06-30')).toBe(1)
    expect(daysUntil('2027-06-29', '2027-06-30')).toBe(-1)
    expect(daysUntil('2027-04-01', '2027-03-01')).toBe(31)
    expect(daysUntil('2028-03-01', '2028-02-01T23:00:00.000Z')).toBe(29)
  })
})
