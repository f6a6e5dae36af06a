/**
 * How long a session may stay unused before it ends (RELAIS_IDLE_MINUTES, whole minutes, default 60), and how
 * often its last activity is written: at most once a minute, so that a busy session costs one small UPDATE a
 * minute, not one per request.
 */
export const DEFAULT_IDLE_MINUTES = 60
export const TOUCH_EVERY_MS = 60_000

export function idleMinutes(): number {
  const raw = process.env.RELAIS_IDLE_MINUTES?.trim()
  if (!raw) return DEFAULT_IDLE_MINUTES
  const minutes = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(minutes) || minutes < 1)
    throw new Error(`RELAIS_IDLE_MINUTES must be a whole number of minutes (at least 1), not "${raw}".`)
  return minutes
}

export const idleMs = () => idleMinutes() * 60_000
