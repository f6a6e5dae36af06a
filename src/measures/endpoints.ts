import type { Endpoint } from 'payload'

import { apiError } from '@/http/apiError'
import { answer, endpointBody, routeId } from '@/http/endpointBody'
import type { User } from '@/payload-types'

import { type Decision, decideProposal } from './decide'

/**
 * The request's language (French outside a request), read lazily: this module is loaded with the Payload config and
 * by specs before any request exists, and the request's language module loads that config itself.
 */
const serverTranslator = async (namespace: string) => (await import('@/i18n/server')).serverTranslator(namespace)

/** POST /api/priority-changes/:id/decision { decision: 'approved' | 'rejected', comment?, meeting? } */
export const decisionEndpoint: Endpoint = {
  path: '/:id/decision',
  method: 'post',
  handler: async (req) => {
    const t = await serverTranslator('measures.decision')
    if (!req.user) return apiError(401, t('loginRequired'))
    const id = routeId(req)
    if (!id) return apiError(404, t('unknown'))
    const { body, refusal } = await endpointBody<Decision>(req, ['decision', 'comment', 'meeting'], '{ decision, comment, meeting }')
    if (refusal) return refusal
    return answer(await decideProposal(req.payload, req.user as User, id, body as Decision))
  },
}
