import { getPayload, type SanitizedConfig } from 'payload'

import { databaseAnswers } from '@/db/databaseAnswers'
import { databaseOutageNotedSince } from '@/db/outageNotes'
import { apiError } from '@/http/apiError'
import { recordId } from '@/http/recordId'

import { bodyEncodingProblem, jsonBodyProblem } from './jsonBody'
import {
  effectiveMethod,
  effectiveSearch,
  frenchQueryError,
  multipartProblem,
  unusedVerifyRoute,
  versionsRouteProblem,
  wordWhereAnIdBelongs,
} from './payloadInternals'
import { queryProblem } from './queryChecks'

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

const unavailable = 'Relais est momentanément indisponible. Réessayez dans un instant.'

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
  const { user } = await payload.auth({ headers: request.headers })
  return !user
}

/** Wraps a Payload route handler with the checks Payload does not make itself. */
export const withRequestChecks =
  (config: Promise<SanitizedConfig>, handler: Handler): Handler =>
  async (request, context) => {
    const slug = (await context.params)?.slug
    const sanitized = await config
    // A NUL byte reaches PostgreSQL, which refuses it with an error (500), wherever it stands in the address.
    if (slug?.some((segment) => segment.includes('\u0000'))) return apiError(400, 'L’adresse contient un caractère interdit.')
    if (
      malformedId(slug) ||
      notAnId(slug) ||
      barePreferencesWrite(request.method, slug) ||
      wordWhereAnIdBelongs(effectiveMethod(request), slug ?? [], sanitized)
    )
      return apiError(404, 'Cet identifiant ne correspond à aucun document.')
    const noVersions = versionsRouteProblem(slug ?? [], sanitized)
    if (noVersions) return apiError(404, noVersions)
    if (unusedVerifyRoute(slug ?? [], sanitized)) return apiError(404, 'Cette adresse n’existe pas.')
    const collection = sanitized.collections.find((c) => c.slug === slug?.[0])
    const problem =
      queryProblem(await effectiveSearch(request), collection, sanitized, slug?.[1] === 'versions') ?? (await jsonBodyProblem(request))
    if (problem) return apiError(400, problem)
    // Not on the GraphQL route (no slug), whose handler answers other encodings itself.
    const encoding = slug?.length ? await bodyEncodingProblem(request, effectiveMethod(request)) : null
    if (encoding) return apiError(415, encoding)
    const multipart = await multipartProblem(request, sanitized)
    if (multipart) return apiError(multipart.status, multipart.message)
    if (await anonymousAccessMap(config, request, slug)) return apiError(401, 'Connectez-vous d’abord.')
    const startedAt = Date.now()
    const response = await handler(request, context)
    // Payload answers 501 for a route its collections do not have (e.g. /api/payload-migrations): that is a 404.
    if (response.status === 501) return apiError(404, 'Cette adresse n’existe pas.')
    // A file route refused by the read rule (a commune's private file, or a name no upload has: Payload looks the
    // name up under that rule and answers 403 either way) is a 404, so that no one learns which names exist.
    if (response.status === 403 && slug?.[1] === 'file' && slug[0] === 'media') return apiError(404, 'Ce fichier n’existe pas.')
    const refusedPath = await frenchQueryError(response)
    if (refusedPath) return apiError(400, refusedPath)
    // Deleting a preference key the user does not have fails inside Payload; there is nothing else it can mean.
    if (response.status === 500 && request.method === 'DELETE' && slug?.[0] === 'payload-preferences')
      return apiError(404, 'Cette préférence n’existe pas.')
    if (await databaseOutage(config, request, response, startedAt)) return apiError(503, unavailable, { 'retry-after': '5' })
    return response
  }
