import { describe, expect, it } from 'vitest'

import { isLate, lateMilestones, measureDeadline, rolledUpProgress } from '@/measures/progress'

describe('the milestones roll-up', () => {
  it('is the share of milestones done, rounded; none without milestones', () => {
    expect(rolledUpProgress([])).toBeNull()
    expect(rolledUpProgress(undefined)).toBeNull()
    expect(rolledUpProgress([{ title: 'a', done: true }, { title: 'b' }, { title: 'c', done: false }])).toBe(33)
    expect(rolledUpProgress([{ title: 'a', done: true }, { title: 'b', done: true }, { title: 'c' }])).toBe(67)
    expect(rolledUpProgress([{ title: 'a', done: true }])).toBe(100)
  })

  it('late milestones are the ones not done whose day has passed', () => {
    const milestones = [
      { id: '1', title: 'passé', dueDate: '2026-11-29T12:00:00.000Z' },
      { id: '2', title: 'aujourd’hui', dueDate: '2026-11-30T12:00:00.000Z' },
      { id: '3', title: 'fait', dueDate: '2026-01-01T12:00:00.000Z', done: true },
      { id: '4', title: 'sans date' },
    ]
    expect(lateMilestones(milestones, '2026-11-30').map((m) => m.id)).toEqual(['1'])
  })
})

describe('the late rule', () => {
  it('A ends with winter 2022–23, B with summer 2023, C has no date unless the measure has its own', () => {
    expect(measureDeadline({ status: 'en-cours', priority: 'A' })).toBe('2023-02-28')
    expect(measureDeadline({ status: 'en-cours', priority: 'B' })).toBe('2023-08-31')
    expect(measureDeadline({ status: 'en-cours', priority: 'C' })).toBeNull()
    expect(measureDeadline({ status: 'en-cours', priority: 'C', targetDate: '2027-06-30T12:00:00.000Z' })).toBe('2027-06-30')
  })

  it('is late the day after the deadline, when not done, continuous nor suspended', () => {
    const a = { status: 'en-cours', priority: 'A' } as const
    expect(isLate(a, '2023-02-28')).toBe(false)
    expect(isLate(a, '2023-03-01')).toBe(true)
    expect(isLate({ ...a, status: 'non-renseigne' }, '2023-03-01')).toBe(true)
    for (const status of ['realisee', 'appliquee', 'continue', 'suspendue'] as const)
      expect(isLate({ ...a, status }, '2030-01-01')).toBe(false)
    expect(isLate({ status: 'a-lancer', priority: 'C' }, '2030-01-01')).toBe(false)
    // The measure's own date wins over its priority's, both ways.
    expect(isLate({ ...a, targetDate: '2027-06-30T12:00:00.000Z' }, '2026-11-30')).toBe(false)
    expect(isLate({ status: 'en-cours', priority: 'C', targetDate: '2026-06-30T12:00:00.000Z' }, '2026-11-30')).toBe(true)
  })
})
