import type { Endpoint, PayloadHandler } from 'payload'

import { apiError } from '@/http/apiError'
import type { User } from '@/payload-types'

import { parseSearchRequest, type SearchRequest, searchAs, suggestAs, unavailableMessage } from './service'

// Results depend on who asks: never cached by a browser or a proxy.
const noStore = { 'cache-control': 'private, no-store' }
const answer = (body: unknown) => Response.json(body, { headers: noStore })

const refuse = (status: number, message: string) => apiError(status, message, noStore)

/** Logged-in users only, parameters checked, an engine failure reported as 503 (never a 500). */
const searchHandler =
  (run: (req: Parameters<PayloadHandler>[0], request: SearchRequest) => Promise<unknown>): PayloadHandler =>
  async (req) => {
    if (!req.user) return refuse(401, 'Connectez-vous pour rechercher.')
    const parsed = parseSearchRequest((name) => req.searchParams.get(name))
    if (!parsed.ok) return refuse(400, parsed.message)
    try {
      return answer(await run(req, parsed.request))
    } catch (error) {
      req.payload.logger.error({ err: error }, 'Recherche indisponible')
      return refuse(503, unavailableMessage)
    }
  }

export const searchEndpoints: Endpoint[] = [
  {
    // GET /api/search?q=…&type=…&page=…
    path: '/search',
    method: 'get',
    handler: searchHandler(async (req, request) => ({ ...request, ...(await searchAs(req.payload, req.user as User, request)) })),
  },
  {
    // GET /api/search/suggest?q=… (the header's search box, as the user types)
    path: '/search/suggest',
    method: 'get',
    handler: searchHandler(async (req, request) => ({ suggestions: await suggestAs(req.payload, req.user as User, request) })),
  },
]
