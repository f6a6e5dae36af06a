import type { Endpoint } from 'payload'

import { databaseAnswers } from './databaseAnswers'

/** GET /api/health: 200 once Payload has migrated and the database answers (for load balancers and start-up). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) =>
    (await databaseAnswers(req.payload)) ? Response.json({ status: 'ok' }) : Response.json({ status: 'unavailable' }, { status: 503 }),
}
