import type { Endpoint, PayloadRequest } from 'payload'

import type { User } from '../payload-types'
import { apiError } from '../validation/apiError'
import { endpointBody, routeId } from '../validation/endpointBody'
import type { Outcome } from '../validation/outcome'
import { type TransitionRequest, sendMeetingUpdate, transitionMeeting } from './transitions'

export const answer = (outcome: Outcome) => (outcome.ok ? Response.json({ message: outcome.message }) : apiError(outcome.status, outcome.message))

/** The logged-in user and the route's id, or the refusal. */
export function caller(req: PayloadRequest, what: string): { user: User; id: number; refusal?: undefined } | { refusal: Response } {
  if (!req.user) return { refusal: apiError(401, 'Connectez-vous d’abord.') }
  const id = routeId(req)
  if (!id) return { refusal: apiError(404, `${what} n’existe pas.`) }
  return { user: req.user as User, id }
}

/** POST /api/meetings/:id/transition { to: 'convened' | 'held' | 'cancelled', reason? } and POST /api/meetings/:id/send-update */
export const meetingEndpoints: Endpoint[] = [
  {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, 'Cette séance')
      if (who.refusal) return who.refusal
      const { body, refusal } = await endpointBody<TransitionRequest>(req, ['to', 'reason'], '{ to, reason }')
      if (refusal) return refusal
      if (typeof body.to !== 'string') return apiError(400, 'Indiquez le statut visé : « to » vaut convened, held ou cancelled.')
      return answer(await transitionMeeting(req.payload, who.user, who.id, body as TransitionRequest))
    },
  },
  {
    path: '/:id/send-update',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, 'Cette séance')
      if (who.refusal) return who.refusal
      return answer(await sendMeetingUpdate(req.payload, who.user, who.id))
    },
  },
]
