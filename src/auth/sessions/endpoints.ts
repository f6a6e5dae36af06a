import type { Endpoint, PayloadRequest } from 'payload'

import { apiError } from '@/http/apiError'
import { answer, caller, endpointBody } from '@/http/endpointBody'

import { endAccountSessions, endEveryonesSessions, endOwnSession, type SessionUser, sessionsOf } from './service'

const signedIn = (req: PayloadRequest) => (req.user ? (req.user as SessionUser) : null)
const LOGIN_FIRST = 'Connectez-vous d’abord.'

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
      if (!user) return apiError(401, LOGIN_FIRST)
      return Response.json({ sessions: await sessionsOf(req.payload, user) })
    },
  },
  {
    path: '/sessions/end-everyone',
    method: 'post',
    handler: async (req) => {
      const user = signedIn(req)
      if (!user) return apiError(401, LOGIN_FIRST)
      const read = await endpointBody<{ confirm: boolean }>(req, ['confirm'], '{ "confirm": true } pour confirmer')
      if (read.refusal) return read.refusal
      return answer(await endEveryonesSessions(req.payload, user, read.body.confirm === true))
    },
  },
  {
    path: '/sessions/:sid',
    method: 'delete',
    handler: async (req) => {
      const user = signedIn(req)
      if (!user) return apiError(401, LOGIN_FIRST)
      return answer(await endOwnSession(req.payload, user, req.routeParams?.sid))
    },
  },
  {
    path: '/:id/sessions/end',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, 'Ce compte')
      if (who.refusal) return who.refusal
      return answer(await endAccountSessions(req.payload, who.user as SessionUser, who.id))
    },
  },
]
