import type { Payload, TaskConfig } from 'payload'
import pg from 'pg'

import { poolOf } from '@/db/pool'

/**
 * With several instances on one database, one of them runs the jobs: the one holding a PostgreSQL advisory lock on
 * its own connection. Payload's queue is not safe for two runners (it reads runnable jobs, then marks them as
 * processing, in two statements: two instances can take the same job), nor is its scheduler (every instance queues
 * the next run of a daily task at the same second, and the task then runs twice). So an instance queues scheduled
 * runs and runs jobs only while it holds the lock; if it stops or loses its connection, PostgreSQL releases the lock
 * and another instance with jobs on takes over at its next tick. `RELAIS_JOBS=off` instances never try.
 */

/** Any constant of our own: `pg_try_advisory_lock` keys are database-wide. */
const LOCK_KEY = 7_021_983_425

type State = { client: pg.Client | null; leader: boolean; trying: Promise<boolean> | null }
const globalState = globalThis as unknown as { __relaisJobLeader?: State }
const state: State = (globalState.__relaisJobLeader ??= { client: null, leader: false, trying: null })

export const jobsEnabled = () => process.env.RELAIS_JOBS !== 'off'

async function tryToLead(payload: Payload): Promise<boolean> {
  if (!state.client) {
    const client = new pg.Client({
      connectionString: poolOf(payload).options.connectionString,
      connectionTimeoutMillis: 10_000,
      // Who runs the jobs, for an operator looking at pg_stat_activity (and the tests).
      application_name: `relais jobs ${process.pid}`,
    })
    const lost = () => {
      if (state.client !== client) return
      state.client = null
      state.leader = false
      void client.end().catch(() => {})
    }
    client.on('error', lost)
    client.on('end', lost)
    state.client = client
    try {
      await client.connect()
      // This connection must not keep a script or a test process alive on its own.
      ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
    } catch {
      lost()
      return false
    }
  }
  const { rows } = await state.client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [LOCK_KEY])
  state.leader = rows[0]?.locked === true
  return state.leader
}

/** Whether this instance runs the jobs now (trying to take the lock if nobody holds it). */
export async function isJobLeader(payload: Payload): Promise<boolean> {
  if (!jobsEnabled()) return false
  if (state.leader && state.client) return true
  state.trying ??= tryToLead(payload)
    .catch(() => false)
    .finally(() => (state.trying = null))
  return state.trying
}

type Schedule = NonNullable<TaskConfig['schedule']>[number]

/** A task whose scheduled runs are queued by the leading instance only (Payload's default check otherwise). */
export function scheduledByLeader<T extends TaskConfig>(task: T): T {
  if (!task.schedule) return task
  return {
    ...task,
    schedule: task.schedule.map((schedule): Schedule => ({
      ...schedule,
      hooks: {
        ...schedule.hooks,
        beforeSchedule: async (args) => {
          if (!(await isJobLeader(args.req.payload))) return { shouldSchedule: false, input: {} }
          const check = schedule.hooks?.beforeSchedule ?? args.defaultBeforeSchedule
          if (check) return check(args)
          return { shouldSchedule: true, input: {}, waitUntil: args.queueable.waitUntil }
        },
      },
    })),
  }
}
