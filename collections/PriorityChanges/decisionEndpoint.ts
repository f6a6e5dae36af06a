import type { Endpoint } from 'payload'

import { type Decision, decideProposal } from '../../src/measures/decide'
import type { User } from '../../src/payload-types'
import { apiError } from '../../src/validation/apiError'

/** POST /api/priority-changes/:id/decision { decision: 'approved' | 'rejected', comment?, meeting? } */
export const decisionEndpoint: Endpoint = {
  path: '/:id/decision',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return apiError(401, 'Connectez-vous pour décider d’une proposition.')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return apiError(404, 'Cette proposition n’existe pas.')
    const body: unknown = await req.json?.().catch(() => null)
    if (!body || typeof body !== 'object' || Array.isArray(body)) return apiError(400, 'Envoyez un objet JSON { decision, comment, meeting }.')
    const unknown = Object.keys(body).filter((key) => !['decision', 'comment', 'meeting'].includes(key))
    if (unknown.length) return apiError(400, `Champ inconnu : « ${unknown[0]} ».`)
    const outcome = await decideProposal(req.payload, req.user as User, id, body as Decision)
    return outcome.ok ? Response.json({ message: outcome.message }) : apiError(outcome.status, outcome.message)
  },
}
