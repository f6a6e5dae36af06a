import { type AuthStrategy, JWTAuthentication } from 'payload'

import { databaseAnswers } from '@/db/databaseAnswers'
import { noteDatabaseOutage } from '@/db/outageNotes'

import { idleMs, TOUCH_EVERY_MS } from './settings'
import { endIdleSession, touchSession } from './store'

type SessionRow = { id: string; createdAt?: string | Date | null; lastSeenAt?: string | Date | null }

const presentsToken = (headers: Headers) => Boolean(headers.get('authorization')) || /payload-token=/.test(headers.get('cookie') ?? '')

/**
 * Every authenticated request (pages, REST, GraphQL, the admin panel, server actions) is authenticated here first:
 * Payload's own JWT check (signature, expiry, and the `sid` still among the user's sessions), then the idle
 * timeout. A session unused for RELAIS_IDLE_MINUTES is deleted and the request goes on as anonymous; Payload's
 * strategy, which runs next, then refuses the token as well since its session is gone. An active session gets its
 * last activity written at most once a minute.
 */
export const idleSessionStrategy: AuthStrategy = {
  name: 'relais-idle-sessions',
  authenticate: async (args) => {
    // Named as Payload's own so that everything downstream (logout, refresh, `me`) treats the user the same way.
    const result = await JWTAuthentication({ ...args, strategyName: 'local-jwt' })
    const user = result.user as { id: number; _sid?: string; sessions?: SessionRow[] | null } | null
    // A token that finds nobody is usually an ended session; during an outage it is the lookup that failed.
    if (!user && presentsToken(args.headers) && !(await databaseAnswers(args.payload))) noteDatabaseOutage()
    if (!user?._sid) return result
    const session = user.sessions?.find((s) => s.id === user._sid)
    const seen = new Date(session?.lastSeenAt ?? session?.createdAt ?? 0).getTime()
    const now = new Date()
    if (now.getTime() - seen > idleMs()) {
      await endIdleSession(args.payload, user.id, user._sid, new Date(now.getTime() - idleMs()))
      return { user: null }
    }
    if (now.getTime() - seen >= TOUCH_EVERY_MS) await touchSession(args.payload, user.id, user._sid, now, TOUCH_EVERY_MS)
    return result
  },
}
