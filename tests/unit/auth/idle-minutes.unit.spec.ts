/** RELAIS_IDLE_MINUTES: how long a session may stay unused. */
import { describe, expect, it } from 'vitest'

describe('idle time setting', () => {
  it('defaults to 60 minutes and accepts whole minutes only', async () => {
    const { idleMinutes } = await import('@/auth/sessions/settings')
    const saved = process.env.RELAIS_IDLE_MINUTES
    try {
      delete process.env.RELAIS_IDLE_MINUTES
      expect(idleMinutes()).toBe(60)
      process.env.RELAIS_IDLE_MINUTES = '15'
      expect(idleMinutes()).toBe(15)
      for (const bad of ['0', '-5', 'abc', '1.5'])
        expect(() => {
          process.env.RELAIS_IDLE_MINUTES = bad
          idleMinutes()
        }, bad).toThrow(/RELAIS_IDLE_MINUTES/)
    } finally {
      if (saved === undefined) delete process.env.RELAIS_IDLE_MINUTES
      else process.env.RELAIS_IDLE_MINUTES = saved
    }
  })
})
