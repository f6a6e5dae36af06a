import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

/** GET /api/health: 200 once Payload has migrated and the database answers (for load balancers and start-up). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.db.drizzle.execute(sql`select 1`)
      return Response.json({ status: 'ok' })
    } catch {
      return Response.json({ status: 'unavailable' }, { status: 503 })
    }
  },
}
