/** A commune's share of a checklist, and when a guide is due for review. */
import { describe, expect, it } from 'vitest'

import { completion } from '@/checklists/completion'
import { isReviewOverdue, reviewDueDate } from '@/checklists/review'
import type { ChecklistState } from '@/checklists/vocabulary'

const states = (entries: Record<string, ChecklistState>) => new Map(Object.entries(entries))

describe('completion', () => {
  it('counts done fully, partly done half, and unanswered items as not done', () => {
    expect(completion(['a', 'b', 'c', 'd'], states({ a: 'done', b: 'partial' }))).toBe(38)
    expect(completion(['a', 'b'], states({ a: 'done', b: 'done' }))).toBe(100)
    expect(completion(['a', 'b', 'c'], states({ a: 'todo' }))).toBe(0)
    expect(completion(['a', 'b', 'c'], states({ a: 'done' }))).toBe(33)
  })

  it('leaves "non applicable" items out of the total', () => {
    expect(completion(['a', 'b', 'c'], states({ a: 'done', b: 'na' }))).toBe(50)
    expect(completion(['a', 'b'], states({ a: 'na', b: 'partial' }))).toBe(50)
  })

  it('is complete when every item is not applicable, and 0 for an empty checklist', () => {
    expect(completion(['a', 'b'], states({ a: 'na', b: 'na' }))).toBe(100)
    expect(completion([], new Map())).toBe(0)
  })

  it('ignores answers to items the checklist no longer has', () => {
    expect(completion(['a'], states({ a: 'todo', gone: 'done' }))).toBe(0)
  })
})

describe('guide review', () => {
  const guide = { lastReviewedAt: '2026-01-15T00:00:00.000Z', reviewIntervalMonths: 12 }

  it('is due the interval after the last review', () => {
    expect(reviewDueDate(guide).toISOString()).toBe('2027-01-15T00:00:00.000Z')
    expect(reviewDueDate({ ...guide, reviewIntervalMonths: 6 }).toISOString()).toBe('2026-07-15T00:00:00.000Z')
  })

  it('is overdue only once the due date has passed', () => {
    expect(isReviewOverdue(guide, new Date('2027-01-14T23:59:59.000Z'))).toBe(false)
    expect(isReviewOverdue(guide, new Date('2027-01-15T00:00:00.000Z'))).toBe(false)
    expect(isReviewOverdue(guide, new Date('2027-01-15T00:00:01.000Z'))).toBe(true)
  })
})
