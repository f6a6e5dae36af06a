import type { Endpoint } from 'payload'

import { apiError } from '@/http/apiError'
import { answer, caller, endpointBody } from '@/http/endpointBody'

import { type TransitionRequest, sendMeetingUpdate, transitionMeeting } from './transitions'

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
