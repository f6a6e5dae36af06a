import type { PayloadRequest } from 'payload'

import { messageReader } from '@/forms/messages'
import { serverTranslator } from '@/i18n/server'
import type { User } from '@/payload-types'
import { reasonOf, type Result } from '@/result'

import { apiError } from './apiError'
import { recordId } from './recordId'

type Read<T> = { body: T; refusal?: undefined } | { body?: undefined; refusal: Response }

/** The JSON object of a POST to one of our endpoints, or the 400 that refuses it (no body, unknown keys). */
export async function endpointBody<T extends Record<string, unknown>>(
  req: PayloadRequest,
  keys: (keyof T & string)[],
  shape: string,
): Promise<Read<Partial<T>>> {
  const body: unknown = await req.json?.().catch(() => null)
  const t = await serverTranslator('api')
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { refusal: apiError(400, t('sendObject', { shape })) }
  const unknown = Object.keys(body).filter((key) => !keys.includes(key))
  if (unknown.length) return { refusal: apiError(400, t('unknownField', { field: unknown[0]! })) }
  return { body: body as Partial<T> }
}

/** The numeric id of `/:id/…` endpoints, or null (then: 404). */
export const routeId = (req: PayloadRequest): number | null => recordId(req.routeParams?.id)

/** The REST edge of a service result: `{ message }`, or the error with its status (400 for bad input), in the request's language. */
export async function answer(result: Result): Promise<Response> {
  const read = await messageReader()
  return result.ok ? Response.json({ message: read(result.message) }) : apiError(result.status ?? 400, read(reasonOf(result)))
}

/** An API refusal in the request's language: a key of the `api` catalogue. */
export const refusedWith = async (status: number, key: string, values?: Record<string, string>) =>
  apiError(status, (await serverTranslator('api'))(key, values))

/**
 * The logged-in user and the route's id, or the refusal. `what` names the record in the request's language
 * (« Cette séance », « Diese Sitzung »): the 404 says it does not exist.
 */
export function caller(
  req: PayloadRequest,
  what: string,
): { user: User; id: number; refusal?: undefined } | { refusal: Promise<Response> } {
  if (!req.user) return { refusal: refusedWith(401, 'loginFirst') }
  const id = routeId(req)
  if (!id) return { refusal: refusedWith(404, 'missing', { what }) }
  return { user: req.user as User, id }
}
