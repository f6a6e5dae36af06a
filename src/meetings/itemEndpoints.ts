import type { Endpoint } from 'payload'

import { apiError } from '@/http/apiError'
import { answer, caller, endpointBody } from '@/http/endpointBody'
import { serverTranslator } from '@/i18n/server'
import type { Decision } from '@/measures/decide'

import { approveMinutes } from './approval'
import { decideFromMeeting } from './proposalDecision'

/** POST /api/agenda-items/:id/approve-minutes and POST /api/agenda-items/:id/proposal-decision { decision, comment? } */
export const agendaItemEndpoints: Endpoint[] = [
  {
    path: '/:id/approve-minutes',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, (await serverTranslator('meetings.api'))('thisItem'))
      if (who.refusal) return who.refusal
      return answer(await approveMinutes(req.payload, who.user, who.id))
    },
  },
  {
    path: '/:id/proposal-decision',
    method: 'post',
    handler: async (req) => {
      const t = await serverTranslator('meetings.api')
      const who = caller(req, t('thisItem'))
      if (who.refusal) return who.refusal
      const { body, refusal } = await endpointBody<Decision>(req, ['decision', 'comment'], '{ decision, comment }')
      if (refusal) return refusal
      if (body.decision !== 'approved' && body.decision !== 'rejected') return apiError(400, t('decision'))
      return answer(await decideFromMeeting(req.payload, who.user, who.id, body as Decision))
    },
  },
]
