import type { Endpoint } from 'payload'

import { apiError } from '@/http/apiError'
import { answer, caller, endpointBody } from '@/http/endpointBody'
import { serverTranslator } from '@/i18n/server'

import { type TransitionRequest, sendMeetingUpdate, transitionMeeting } from './transitions'

/** POST /api/meetings/:id/transition { to: 'convened' | 'held' | 'cancelled', reason? } and POST /api/meetings/:id/send-update */
export const meetingEndpoints: Endpoint[] = [
  {
    path: '/:id/transition',
    method: 'post',
    handler: async (req) => {
      const t = await serverTranslator('meetings.api')
      const who = caller(req, t('thisMeeting'))
      if (who.refusal) return who.refusal
      const { body, refusal } = await endpointBody<TransitionRequest>(req, ['to', 'reason'], '{ to, reason }')
      if (refusal) return refusal
      if (typeof body.to !== 'string') return apiError(400, t('transitionTo'))
      return answer(await transitionMeeting(req.payload, who.user, who.id, body as TransitionRequest))
    },
  },
  {
    path: '/:id/send-update',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, (await serverTranslator('meetings.api'))('thisMeeting'))
      if (who.refusal) return who.refusal
      return answer(await sendMeetingUpdate(req.payload, who.user, who.id))
    },
  },
]
