import type { PayloadRequest } from 'payload'

import { apiError } from './apiError'

type Read<T> = { body: T; refusal?: undefined } | { body?: undefined; refusal: Response }

/** The JSON object of a POST to one of our endpoints, or the French 400 that refuses it (no body, unknown keys). */
export async function endpointBody<T extends Record<string, unknown>>(req: PayloadRequest, keys: (keyof T & string)[], shape: string): Promise<Read<Partial<T>>> {
  const body: unknown = await req.json?.().catch(() => null)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { refusal: apiError(400, `Envoyez un objet JSON ${shape}.`) }
  const unknown = Object.keys(body).filter((key) => !keys.includes(key))
  if (unknown.length) return { refusal: apiError(400, `Champ inconnu : « ${unknown[0]} ».`) }
  return { body: body as Partial<T> }
}

/** The numeric id of `/:id/…` endpoints, or null (then: 404). */
export const routeId = (req: PayloadRequest): number | null => {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null
}
