import { describe, expect, it } from 'vitest'

import { addDays, addMonths, dueState, effectiveState, periodMonths } from '@/checklists/recurrence'
import { checklistToday } from '@/checklists/today'

describe('the due date of a recurring checklist action', () => {
  it('is the same day a period later', () => {
    expect(addMonths('2026-11-30', 12)).toBe('2027-11-30')
    expect(addMonths('2026-03-15', 6)).toBe('2026-09-15')
    expect(addMonths('2026-09-15', 6)).toBe('2027-03-15')
    expect(addMonths('2026-05-10', 24)).toBe('2028-05-10')
  })

  it('falls on the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
    expect(addMonths('2026-03-31', 6)).toBe('2026-09-30')
    expect(addMonths('2026-12-31', 12)).toBe('2027-12-31')
  })

  it('keeps 29 February only in leap years', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28')
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
  })

  it('reads the period of an action, or none', () => {
    expect(periodMonths('12')).toBe(12)
    expect(periodMonths('6')).toBe(6)
    expect(periodMonths(null)).toBeNull()
    expect(periodMonths('')).toBeNull()
    expect(periodMonths('jamais')).toBeNull()
  })
})

describe('where a recurring action stands', () => {
  const done = { doneOn: '2026-11-30', months: 12 }

  it('is up to date until 30 days before its due date', () => {
    expect(dueState({ ...done, today: '2026-11-30' })).toEqual({ due: '2027-11-30', state: 'notDue', daysLeft: 365 })
    expect(dueState({ ...done, today: '2027-10-30' }).state).toBe('notDue')
  })

  it('is due soon in the last 30 days', () => {
    expect(dueState({ ...done, today: '2027-10-31' })).toEqual({ due: '2027-11-30', state: 'dueSoon', daysLeft: 30 })
    expect(dueState({ ...done, today: '2027-11-29' }).state).toBe('dueSoon')
  })

  it('is overdue from its due date on', () => {
    expect(dueState({ ...done, today: '2027-11-30' })).toEqual({ due: '2027-11-30', state: 'overdue', daysLeft: 0 })
    expect(dueState({ ...done, today: '2028-01-05' }).state).toBe('overdue')
  })

  it('counts days across a leap day', () => {
    expect(dueState({ doneOn: '2027-03-01', months: 12, today: '2028-02-28' }).daysLeft).toBe(2)
  })

  it('counts a done recurring action as done until it is overdue, then as to do', () => {
    expect(effectiveState({ state: 'done', doneOn: '2026-11-30' }, '12', '2027-11-29')).toBe('done')
    expect(effectiveState({ state: 'done', doneOn: '2026-11-30' }, '12', '2027-11-30')).toBe('todo')
    expect(effectiveState({ state: 'done', doneOn: '2026-11-30T12:00:00.000Z' }, '12', '2027-12-01')).toBe('todo')
    // An action done once stays done; other answers stay as given.
    expect(effectiveState({ state: 'done', doneOn: '2020-01-01' }, null, '2027-12-01')).toBe('done')
    expect(effectiveState({ state: 'partial', doneOn: null }, '12', '2027-12-01')).toBe('partial')
  })
})

describe('today, for recurring actions', () => {
  it('is the Zurich day, which starts before midnight UTC', () => {
    expect(checklistToday(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31')
    expect(checklistToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    // Summer time: two hours ahead.
    expect(checklistToday(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01')
  })
})
