import { addDataAndFileToRequest, type PayloadRequest, type SanitizedConfig } from 'payload'

import { recordId } from '@/http/recordId'
import type { Translate } from '@/i18n/translator'

import { nulCharacterIn } from './jsonBody'
import { refusalsIn } from './refusalLanguage'
import { unknownPath } from './wherePaths'

/**
 * The request guard's knowledge of how Payload 3 reads a REST request, kept in this one file because it mirrors
 * Payload's own code (node_modules/payload/dist/utilities/handleEndpoints.js, createPayloadRequest.js,
 * addDataAndFileToRequest.js, collections/endpoints/index.js). Each function is checked over HTTP by
 * tests/int/bad-input.int.spec.ts (« Payload's request paths »): an upgrade that changes one of these fails there.
 */

const override = (request: Request) =>
  request.method === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')

/**
 * The query string Payload will read. A POST with `X-Payload-HTTP-Method-Override: GET` (or `X-HTTP-Method-Override`)
 * is replayed as a GET; when its Content-Type is exactly `application/x-www-form-urlencoded`, its body is appended to
 * the URL as the query (`${url}?${body}`), so a `where` can arrive in the body instead of the address.
 */
export async function effectiveSearch(request: Request): Promise<string> {
  if (override(request) && request.headers.get('content-type') === 'application/x-www-form-urlencoded') {
    const body = await request.clone().text()
    return new URL(`${request.url}?${body}`).search
  }
  return new URL(request.url).search
}

/** The method Payload routes the request by (a method-override POST is handled as a GET). */
export const effectiveMethod = (request: Request) => (override(request) ? 'GET' : request.method)

/**
 * A multipart body is read by Payload (busboy) before anything else; a body it cannot read (no boundary, cut short,
 * a `_payload` field that is not JSON) throws an error that it answers with a 500. Reading a copy the same way,
 * with Payload's own reader, tells such a body apart first. Returns the HTTP status and the reason (in `t`'s
 * language), or null.
 */
export async function multipartProblem(
  request: Request,
  config: SanitizedConfig,
  t: Translate = refusalsIn(),
): Promise<{ status: number; message: string } | null> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return null
  if (!request.headers.get('content-type')?.includes('multipart/')) return null
  const copy = request.clone()
  // Only what addDataAndFileToRequest reads: the body, headers, method and the upload limits of the config.
  // No route parameters, so a `file` field naming a remote upload is refused before anything is fetched.
  const req = Object.assign(copy, { payload: { config }, routeParams: {} }) as unknown as PayloadRequest
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    const status = (error as { status?: number }).status
    // The config's upload limit, said as Payload's own answer to an oversized upload says it (`responseOnLimit`).
    const bytes = config.upload?.limits?.fileSize
    if (status === 413)
      return {
        status: 413,
        message: bytes ? t('multipart.fileTooLarge', { megabytes: Math.round(bytes / 1024 / 1024) }) : t('multipart.tooLarge'),
      }
    return { status: 400, message: t('multipart.malformed') }
  }
  const data = (req as { data?: unknown }).data
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data)))
    return { status: 400, message: t('multipart.payloadNotObject') }
  const nul = data === undefined ? null : nulCharacterIn(data, t)
  return nul ? { status: 400, message: nul } : null
}

/**
 * Payload routes `/versions` and `/versions/:id` for every collection and global, also those without versions,
 * where the database has no version table and the request fails (500). It reads a version id with the database's
 * id type, so a word there fails too. Says, in `t`'s language, why `/api/<slug>/versions…` (or `/api/globals/<slug>/versions…`)
 * cannot address anything (then: 404), or null.
 */
export function versionsRouteProblem(slug: string[], config: SanitizedConfig, t: Translate = refusalsIn()): string | null {
  const isGlobal = slug[0] === 'globals'
  const [entitySlug, segment, id] = isGlobal ? slug.slice(1) : slug
  if (segment !== 'versions') return null
  const entity = isGlobal ? config.globals.find((g) => g.slug === entitySlug) : config.collections.find((c) => c.slug === entitySlug)
  if (!entity) return null
  if (!entity.versions) return t('noVersions')
  return id !== undefined && recordId(id) === null ? t('noSuchVersion') : null
}

/**
 * Payload routes `/verify/:id` for every auth collection; where e-mail verification is off there is no token column,
 * and the lookup fails (500). Says whether `slug` is such a route.
 */
export function unusedVerifyRoute(slug: string[], config: SanitizedConfig): boolean {
  const collection = config.collections.find((c) => c.slug === slug[0])
  return Boolean(collection?.auth) && slug[1] === 'verify' && !collection?.auth.verify
}

const queryErrorMessage = /^The following paths? cannot be queried: (.+)$/

/**
 * Payload refuses a `where` or `sort` on a field the caller may not read (hidden, or closed by field access) in
 * English (its QueryError). The same refusal in `t`'s language, as our own check words an unknown path; or null.
 */
export async function translatedQueryError(response: Response, t: Translate = refusalsIn()): Promise<string | null> {
  if (response.status !== 400) return null
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: { message?: unknown }[] } | null
  const message = body?.errors?.[0]?.message
  const match = typeof message === 'string' ? queryErrorMessage.exec(message) : null
  return match ? unknownPath(match[1]!, t) : null
}

/** The parameters of `segments` for a route pattern of Payload's (`/:id/duplicate`, `/access/:id?`, `/paste-url{/:id}`), or null. */
function routeParams(pattern: string, segments: string[]): Record<string, string> | null {
  const parts = pattern
    .replace(/\{\/(:\w+)\}/g, '/$1?')
    .split('/')
    .filter(Boolean)
  const params: Record<string, string> = {}
  let index = 0
  for (const part of parts) {
    const name = part.replace(/\?$/, '')
    const segment = segments[index]
    if (segment === undefined) {
      if (part.endsWith('?')) continue
      return null
    }
    if (name.startsWith(':')) params[name.slice(1)] = segment
    else if (name !== segment) return null
    index++
  }
  return index === segments.length ? params : null
}

/**
 * Payload routes `/api/<collection>/…` to the first of the collection's routes (its own and ours) whose method and
 * pattern match, so `/api/faqs/null/duplicate` reaches `/:id/duplicate` with the id "null"; some routes read that id
 * straight from the database (a word there answered 500). Says whether the route Payload will take has an `:id`
 * that cannot be one. Routes keyed otherwise (the admin's preferences by `:key`) are left alone.
 */
export function wordWhereAnIdBelongs(method: string, slug: string[], config: SanitizedConfig): boolean {
  const collection = config.collections.find((c) => c.slug === slug[0])
  if (slug.length < 2 || !collection?.endpoints) return false
  for (const endpoint of collection.endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const params = routeParams(endpoint.path, slug.slice(1))
    if (params) return params.id !== undefined && recordId(params.id) === null
  }
  return false
}
