import { getPayload, type SanitizedConfig } from 'payload'

import { userFromHeaders } from '@/auth/userFromHeaders'
import { databaseAnswers } from '@/db/databaseAnswers'
import { databaseOutageNotedSince } from '@/db/outageNotes'
import { apiError } from '@/http/apiError'
import { recordId } from '@/http/recordId'
import type { Translate } from '@/i18n/translator'

import { apiRefusals } from './apiRefusals'
import { bodyEncodingProblem, jsonBodyProblem } from './jsonBody'
import {
  effectiveMethod,
  effectiveSearch,
  multipartProblem,
  translatedQueryError,
  unusedVerifyRoute,
  versionsRouteProblem,
  wordWhereAnIdBelongs,
} from './payloadInternals'
import { queryProblem } from './queryChecks'
import { refusalsIn } from './refusalLanguage'

type Context = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

/**
 * Payload reads a document id with parseFloat, so `/api/users/1' or '1'='1` would address user 1.
 * A path segment that starts like an id must be one; named endpoints (me, login, count…) never start with a digit.
 */
const malformedId = (slug: string[] = []) => slug.length >= 2 && /^\d/.test(slug[1]!) && recordId(slug[1]) === null

/** Payload's own collections address documents by id only: anything else there reaches the database as an id. */
const idOnly = ['payload-locked-documents', 'payload-jobs', 'payload-migrations']
const notAnId = (slug: string[] = []) => idOnly.includes(slug[0]!) && slug.length >= 2 && recordId(slug[1]) === null

/** The admin reads and writes its preferences by key (/api/payload-preferences/<key>), never through the bare collection. */
const barePreferencesWrite = (method: string, slug: string[] = []) =>
  slug[0] === 'payload-preferences' && slug.length === 1 && method !== 'GET'

/**
 * While PostgreSQL is unreachable Payload answers 500, and, because it cannot look the user up, treats a
 * logged-in request as anonymous (401/403). Both are a database outage, not a refusal: say so (503).
 * Checked only on those answers, so the normal path costs nothing.
 */
async function databaseOutage(config: Promise<SanitizedConfig>, request: Request, response: Response, startedAt: number): Promise<boolean> {
  const credentials = Boolean(request.headers.get('authorization')) || /payload-token=/.test(request.headers.get('cookie') ?? '')
  const refusedCredentials = credentials && (response.status === 401 || response.status === 403)
  if (response.status < 500 && !refusedCredentials) return false
  // The database may be back already (a restart is quick): the user lookup noted its failure when it happened.
  if (refusedCredentials && databaseOutageNotedSince(startedAt)) return true
  return !(await databaseAnswers(await getPayload({ config })))
}

/**
 * Payload answers `GET /api/access` (every collection's and field's permissions) to anyone. A visitor who is not
 * logged in has nothing to do with that map of the application: 401, as for any other private answer.
 */
async function anonymousAccessMap(config: Promise<SanitizedConfig>, request: Request, slug: string[] = []): Promise<boolean> {
  if (slug.length !== 1 || slug[0] !== 'access' || effectiveMethod(request) !== 'GET') return false
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  return !user
}

type Refusal = { status: number; message: string }

/** What is refused before Payload sees the request, said with `t`; null: Payload may handle it. */
async function refusalBefore(
  config: Promise<SanitizedConfig>,
  sanitized: SanitizedConfig,
  request: Request,
  slug: string[] | undefined,
  t: Translate,
): Promise<Refusal | null> {
  // A NUL byte reaches PostgreSQL, which refuses it with an error (500), wherever it stands in the address.
  if (slug?.some((segment) => segment.includes('\u0000'))) return { status: 400, message: t('forbiddenInAddress') }
  if (
    malformedId(slug) ||
    notAnId(slug) ||
    barePreferencesWrite(request.method, slug) ||
    wordWhereAnIdBelongs(effectiveMethod(request), slug ?? [], sanitized)
  )
    return { status: 404, message: t('noSuchDocument') }
  const noVersions = versionsRouteProblem(slug ?? [], sanitized, t)
  if (noVersions) return { status: 404, message: noVersions }
  if (unusedVerifyRoute(slug ?? [], sanitized)) return { status: 404, message: t('noSuchAddress') }
  const collection = sanitized.collections.find((c) => c.slug === slug?.[0])
  const problem =
    queryProblem(await effectiveSearch(request), collection, sanitized, slug?.[1] === 'versions', t) ?? (await jsonBodyProblem(request, t))
  if (problem) return { status: 400, message: problem }
  // Not on the GraphQL route (no slug), whose handler answers other encodings itself.
  const encoding = slug?.length ? await bodyEncodingProblem(request, effectiveMethod(request), t) : null
  if (encoding) return { status: 415, message: encoding }
  const multipart = await multipartProblem(request, sanitized, t)
  if (multipart) return multipart
  if (await anonymousAccessMap(config, request, slug)) return { status: 401, message: t('loginFirst') }
  return null
}

/**
 * Wraps a Payload route handler with the checks Payload does not make itself. A refusal is said in the request's
 * language (its cookie, else its Accept-Language, within the instance's languages: src/payloadGuard/apiRefusals.ts),
 * worked out only once the request is refused: the checks first run in French, and a refused request is checked
 * again in its own language (the checks are cheap and give the same answer), so accepted requests read no settings.
 */
export const withRequestChecks =
  (config: Promise<SanitizedConfig>, handler: Handler): Handler =>
  async (request, context) => {
    const slug = (await context.params)?.slug
    const sanitized = await config
    const inRequestLanguage = async () => apiRefusals(request.headers, await getPayload({ config }))
    const refused = await refusalBefore(config, sanitized, request, slug, refusalsIn())
    if (refused) {
      const said = (await refusalBefore(config, sanitized, request, slug, await inRequestLanguage())) ?? refused
      return apiError(said.status, said.message)
    }
    const startedAt = Date.now()
    const response = await handler(request, context)
    // Payload answers 501 for a route its collections do not have (e.g. /api/payload-migrations): that is a 404.
    if (response.status === 501) return apiError(404, (await inRequestLanguage())('noSuchAddress'))
    // A file route refused by the read rule (a commune's private file, or a name no upload has: Payload looks the
    // name up under that rule and answers 403 either way) is a 404, so that no one learns which names exist.
    if (response.status === 403 && slug?.[1] === 'file' && slug[0] === 'media')
      return apiError(404, (await inRequestLanguage())('noSuchFile'))
    if (await translatedQueryError(response)) {
      const refusedPath = await translatedQueryError(response, await inRequestLanguage())
      if (refusedPath) return apiError(400, refusedPath)
    }
    // Deleting a preference key the user does not have fails inside Payload; there is nothing else it can mean.
    if (response.status === 500 && request.method === 'DELETE' && slug?.[0] === 'payload-preferences')
      return apiError(404, (await inRequestLanguage())('noSuchPreference'))
    // The database is away: its settings cannot be read, the instance's configured default language stands in.
    if (await databaseOutage(config, request, response, startedAt))
      return apiError(503, (await apiRefusals(request.headers, null))('unavailable'), { 'retry-after': '5' })
    return response
  }
