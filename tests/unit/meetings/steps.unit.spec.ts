/** Which steps of its life a meeting offers, by status and by whether it has begun (src/meetings/steps.ts). */
import { describe, expect, it } from 'vitest'

import { meetingSteps } from '@/meetings/steps'

const now = new Date('2026-11-30T14:00:00Z')
const ahead = '2027-01-12T13:00:00Z' // six weeks away
const begun = '2026-11-30T13:30:00Z'

describe('the steps a meeting offers', () => {
  it.each([
    ['planned', ahead, { convene: true, close: false, cancel: true, minutes: false }],
    ['planned', begun, { convene: false, close: false, cancel: true, minutes: false }],
    ['convened', ahead, { convene: false, close: false, cancel: true, minutes: false }],
    ['convened', begun, { convene: false, close: true, cancel: true, minutes: true }],
    ['held', begun, { convene: false, close: false, cancel: false, minutes: true }],
    ['approved', begun, { convene: false, close: false, cancel: false, minutes: false }],
    ['cancelled', ahead, { convene: false, close: false, cancel: false, minutes: false }],
  ] as const)('a %s meeting starting %s', (status, startsAt, steps) => {
    expect(meetingSteps({ status, startsAt }, now)).toEqual(steps)
  })
})
