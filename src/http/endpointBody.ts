import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import { reasonOf, type Result } from '@/result'

import { apiError } from './apiError'
import { recordId } from './recordId'

type Read<T> = { body: T; refusal?: undefined } | { body?: undefined; refusal: Response }

/** The JSON object of a POST to one of our endpoints, or the French 400 that refuses it (no body, unknown keys). */
export async function endpointBody<T extends Record<string, unknown>>(
  req: PayloadRequest,
  keys: (keyof T & string)[],
  shape: string,
): Promise<Read<Partial<T>>> {
  const body: unknown = await req.json?.().catch(() => null)
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { refusal: apiError(400, `Envoyez un objet JSON ${shape}.`) }
  const unknown = Object.keys(body).filter((key) => !keys.includes(key))
  if (unknown.length) return { refusal: apiError(400, `Champ inconnu : « ${unknown[0]} ».`) }
  return { body: body as Partial<T> }
}

/** The numeric id of `/:id/…` endpoints, or null (then: 404). */
export const routeId = (req: PayloadRequest): number | null => recordId(req.routeParams?.id)

/** The REST edge of a service result: `{ message }`, or the French error with its status (400 for bad input). */
export const answer = (result: Result) =>
  result.ok ? Response.json({ message: result.message }) : apiError(result.status ?? 400, reasonOf(result))

/** The logged-in user and the route's id, or the refusal. */
export function caller(req: PayloadRequest, what: string): { user: User; id: number; refusal?: undefined } | { refusal: Response } {
  if (!req.user) return { refusal: apiError(401, 'Connectez-vous d’abord.') }
  const id = routeId(req)
  if (!id) return { refusal: apiError(404, `${what} n’existe pas.`) }
  return { user: req.user as User, id }
}
