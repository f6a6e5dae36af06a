import type { Endpoint } from 'payload'

import type { User } from '@/payload-types'
import { reasonOf } from '@/result'

import { sendResetLink } from './resetLink'

/** POST /api/users/<id>/reset-link: the same as the button on /ma-commune/comptes, for API clients. */
export const resetLinkEndpoint: Endpoint = {
  path: '/:id/reset-link',
  method: 'post',
  handler: async (req) => {
    const outcome = await sendResetLink(req.payload, req.user as User | null, Number(req.routeParams?.id))
    // This endpoint's own shape: `{ message }` on refusals too.
    return outcome.ok
      ? Response.json({ message: outcome.message })
      : Response.json({ message: reasonOf(outcome) }, { status: outcome.status ?? 400 })
  },
}
