import type { Endpoint } from 'payload'

import { answer, caller } from '@/http/endpointBody'
import { serverTranslator } from '@/i18n/server'

import { register, unregister } from './registration'

/** POST /api/events/:id/registration registers the logged-in user; DELETE cancels their registration. */
export const registrationEndpoints: Endpoint[] = [
  {
    path: '/:id/registration',
    method: 'post',
    handler: async (req) => {
      const who = caller(req, (await serverTranslator('events.routes'))('thisEvent'))
      if (who.refusal) return who.refusal
      const outcome = await register(req.payload, who.user, who.id)
      return outcome.ok ? Response.json({ message: outcome.message, registration: outcome.registration }, { status: 201 }) : answer(outcome)
    },
  },
  {
    path: '/:id/registration',
    method: 'delete',
    handler: async (req) => {
      const who = caller(req, (await serverTranslator('events.routes'))('thisEvent'))
      if (who.refusal) return who.refusal
      return answer(await unregister(req.payload, who.user, who.id))
    },
  },
]
