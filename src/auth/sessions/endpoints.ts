import type { Endpoint, PayloadRequest } from 'payload'

import { answer, caller, endpointBody, refusedWith } from '@/http/endpointBody'
import { serverTranslator } from '@/i18n/server'

import { endAccountSessions, endEveryonesSessions, endOwnSession, type SessionUser, sessionsOf } from './service'

const signedIn = (req: PayloadRequest) => (req.user ? (req.user as SessionUser) : null)
const loginFirst = () => refusedWith(401, 'loginFirst')

/**
 * GET /api/users/sessions lists one's own open sessions; DELETE /api/users/sessions/:sid ends one of them.
 * Administrators: POST /api/users/:id/sessions/end ends every session of an account, and
 * POST /api/users/sessions/end-everyone with { "confirm": true } ends everyone's (incident).
 */
export const sessionEndpoints: Endpoint[] = [
  {
    path: '/sessions',
    method: 'get',
    handler: async (req) => {
      const user = signedIn(req)
      if (!user) return loginFirst()
      return Response.json({ sessions: await sessionsOf(req.payload, user) })
    },
  },
  {
    path: '/sessions/end-everyone',
    method: 'post',
    handler: async (req) => {
      const user = signedIn(req)
      if (!user) return loginFirst()
      const read = await endpointBody<{ confirm: boolean }>(req, ['confirm'], (await serverTranslator('auth.sessions'))('confirmShape'))
      if (read.refusal) return read.refusal
      return answer(await endEveryonesSessions(req.payload, user, read.body.confirm === true))
    },
  },
  {
    path: '/sessions/:sid',
    method: 'delete',
    handler: async (req) => {
      const user = signedIn(req)
      if (!user) return loginFirst()
      return answer(await endOwnSession(req.payload, user, req.routeParams?.sid))
    },
  },
  {
    path: '/:id/sessions/end',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, (await serverTranslator('auth.sessions'))('thisAccount'))
      if (who.refusal) return who.refusal
      return answer(await endAccountSessions(req.payload, who.user as SessionUser, who.id))
    },
  },
]
