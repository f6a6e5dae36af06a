'use server'

import { z } from 'zod'

import { flag, value } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'

import { endEveryonesSessions, endOtherSessions, endOwnSession, OTHER_SESSIONS, type SessionUser } from './service'

/** « Fermer » (one session) and « Fermer toutes les autres sessions », on /compte/securite. */
export const endSessionsAction = serverAction({
  input: z.object({ session: value() }),
  work: ({ session }, { payload, user }) =>
    session === OTHER_SESSIONS ? endOtherSessions(payload, user as SessionUser) : endOwnSession(payload, user as SessionUser, session),
  revalidate: () => ['/compte/securite'],
})

/** Incident: an administrator ends everyone's sessions, once the box is ticked. */
export const endEveryonesSessionsAction = serverAction({
  input: z.object({ confirm: flag() }),
  work: ({ confirm }, { payload, user }) => endEveryonesSessions(payload, user as SessionUser, confirm),
  revalidate: () => ['/compte/securite'],
})
