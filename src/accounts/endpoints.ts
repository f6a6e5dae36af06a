import type { Endpoint } from 'payload'

import { sendResetLink } from './resetLink'
import type { User } from '../payload-types'

/** POST /api/users/<id>/reset-link: the same as the button on /ma-commune/comptes, for API clients. */
export const resetLinkEndpoint: Endpoint = {
  path: '/:id/reset-link',
  method: 'post',
  handler: async (req) => {
    const outcome = await sendResetLink(req.payload, req.user as User | null, Number(req.routeParams?.id))
    return Response.json({ message: outcome.message }, { status: outcome.ok ? 200 : outcome.status })
  },
}
