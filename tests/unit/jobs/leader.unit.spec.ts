import type { TaskConfig } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { scheduledByLeader } from '@/jobs/leader'

const task = {
  slug: 'guideReviewReminders',
  schedule: [{ cron: '0 0 7 * * *', queue: 'daily' }],
  handler: async () => ({ output: {} }),
} as unknown as TaskConfig

type BeforeSchedule = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']>

describe('scheduled runs with several instances', () => {
  it('are never queued by an instance with jobs off (RELAIS_JOBS=off, as in the tests): the default check is not even asked', async () => {
    expect(process.env.RELAIS_JOBS).toBe('off')
    const defaultBeforeSchedule = vi.fn(async () => ({ shouldSchedule: true, input: {} }))
    const wrapped = scheduledByLeader(task)
    const beforeSchedule = wrapped.schedule![0]!.hooks!.beforeSchedule as BeforeSchedule
    const answer = await beforeSchedule({
      req: { payload: {} },
      defaultBeforeSchedule,
      queueable: { waitUntil: new Date() },
    } as unknown as Parameters<BeforeSchedule>[0])
    expect(answer.shouldSchedule).toBe(false)
    expect(defaultBeforeSchedule).not.toHaveBeenCalled()
    expect(wrapped.schedule![0]).toMatchObject({ cron: '0 0 7 * * *', queue: 'daily' })
  })

  it('leaves a task without schedule as it is', () => {
    const plain = { slug: 'searchSync', handler: async () => ({ output: {} }) } as unknown as TaskConfig
    expect(scheduledByLeader(plain)).toBe(plain)
  })
})
