import { apiError } from './apiError'
import { jsonBodyProblem } from './jsonBody'

type Context = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

/**
 * Payload reads a document id with parseFloat, so `/api/users/1' or '1'='1` would address user 1.
 * A path segment that starts like an id must be one; named endpoints (me, login, count…) never start with a digit.
 */
const malformedId = (slug: string[] = []) => slug.length >= 2 && /^\d/.test(slug[1]!) && !/^\d+$/.test(slug[1]!)

/** Wraps a Payload route handler with the checks Payload does not make itself. */
export const withRequestChecks =
  (handler: Handler): Handler =>
  async (request, context) => {
    if (malformedId((await context.params)?.slug)) return apiError(404, "Cet identifiant ne correspond à aucun document.")
    const problem = await jsonBodyProblem(request)
    if (problem) return apiError(400, problem)
    return handler(request, context)
  }
