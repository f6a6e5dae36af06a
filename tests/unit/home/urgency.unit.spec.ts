/** The home page's rules: overdue / this week, the 90-day notice window, the next checklist action, "since". */
import { describe, expect, it } from 'vitest'

import { actionUrgency, changesSince, firstVisitDays, nextAction, noticeDaysLeft, weekEnd } from '@/home/urgency'

describe('weekEnd', () => {
  it('is the Sunday of the calendar week, Monday to Sunday', () => {
    expect(weekEnd('2026-11-30')).toBe('2026-12-06') // a Monday
    expect(weekEnd('2026-12-03')).toBe('2026-12-06') // a Thursday
    expect(weekEnd('2026-12-06')).toBe('2026-12-06') // the Sunday itself
    expect(weekEnd('2026-12-31')).toBe('2027-01-03') // across the year
  })
})

describe('actionUrgency', () => {
  const today = '2026-12-02' // a Wednesday
  it('is overdue once the due day has passed, whatever the hour it was stored at', () => {
    expect(actionUrgency('2026-12-01T00:00:00.000Z', today)).toBe('overdue')
    expect(actionUrgency('2026-11-01T12:00:00.000Z', today)).toBe('overdue')
    // The admin's picker stores Zurich midnight, the evening before in UTC: still 2 December in Zurich.
    expect(actionUrgency('2026-12-01T23:00:00.000Z', today)).toBe('thisWeek')
  })
  it('is due this week from today to Sunday, and not shown after', () => {
    expect(actionUrgency('2026-12-02T12:00:00.000Z', today)).toBe('thisWeek')
    expect(actionUrgency('2026-12-06T12:00:00.000Z', today)).toBe('thisWeek')
    expect(actionUrgency('2026-12-07T12:00:00.000Z', today)).toBeNull()
  })
})

describe('noticeDaysLeft', () => {
  const today = '2026-11-30'
  it('counts deadlines from today up to 90 days ahead', () => {
    expect(noticeDaysLeft('2026-11-30T12:00:00.000Z', today)).toBe(0)
    expect(noticeDaysLeft('2026-12-30T12:00:00.000Z', today)).toBe(30)
    expect(noticeDaysLeft('2027-02-28T12:00:00.000Z', today)).toBe(90)
  })
  it('leaves out passed, later and missing deadlines', () => {
    expect(noticeDaysLeft('2026-11-29T12:00:00.000Z', today)).toBeNull()
    expect(noticeDaysLeft('2027-03-01T12:00:00.000Z', today)).toBeNull()
    expect(noticeDaysLeft(null, today)).toBeNull()
  })
})

describe('nextAction', () => {
  const checklist = [
    { key: 'a', label: 'Sauvegarder' },
    { key: 'b', label: 'Tester la restauration' },
    { key: 'c', label: 'Documenter' },
  ]
  it('is the first item neither done nor not applicable, partly done included', () => {
    expect(nextAction(checklist, new Map())).toEqual(checklist[0])
    expect(nextAction(checklist, new Map([['a', 'done']]))).toEqual(checklist[1])
    expect(
      nextAction(
        checklist,
        new Map([
          ['a', 'na'],
          ['b', 'partial'],
        ]),
      ),
    ).toEqual(checklist[1])
    expect(
      nextAction(
        checklist,
        new Map([
          ['a', 'done'],
          ['b', 'na'],
          ['c', 'todo'],
        ]),
      ),
    ).toEqual(checklist[2])
  })
  it('is null once every item is done or not applicable', () => {
    expect(
      nextAction(
        checklist,
        new Map([
          ['a', 'done'],
          ['b', 'na'],
          ['c', 'done'],
        ]),
      ),
    ).toBeNull()
    expect(nextAction([], new Map())).toBeNull()
  })
})

describe('changesSince', () => {
  const now = new Date('2026-11-30T10:00:00.000Z')
  it('counts from the previous login', () => {
    expect(changesSince('2026-11-20T08:00:00.000Z', now)).toEqual({ since: new Date('2026-11-20T08:00:00.000Z'), firstVisit: false })
  })
  it('covers the last 30 days on a first login', () => {
    const { since, firstVisit } = changesSince(null, now)
    expect(firstVisit).toBe(true)
    expect(now.getTime() - since.getTime()).toBe(firstVisitDays * 86_400_000)
  })
})
