/**
 * Payload answers a malformed JSON body with a 500 ("An unknown error occurred"). Checking the body first
 * turns that into a 400 with a French message; the request is passed on untouched otherwise.
 */
export async function jsonBodyProblem(request: Request): Promise<string | null> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return null
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  const text = await request.clone().text()
  if (text.trim() === '') return null
  try {
    const body = JSON.parse(text)
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'Le corps de la requête doit être un objet JSON.'
    return nulCharacterIn(body)
  } catch {
    return "Le corps de la requête n'est pas du JSON valable."
  }
}

/**
 * Payload reads a body only as `application/json` or `multipart/form-data`; any other (a form-urlencoded or plain
 * text body) reaches the operation as no data at all, where some of its own collections fail (500). Says so, or null.
 * A method-override GET with a form body is a query, not a body (src/payloadGuard/payloadInternals.ts).
 */
export async function bodyEncodingProblem(request: Request, method: string): Promise<string | null> {
  if (!['POST', 'PATCH', 'PUT'].includes(method)) return null
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (type === 'application/json' || type.includes('multipart/')) return null
  if ((await request.clone().text()).trim() === '') return null
  return 'Envoyez les données en JSON (Content-Type: application/json) ou en multipart/form-data.'
}

/**
 * PostgreSQL refuses a text holding a nul character, and Payload answers that refusal with a 500 (a login whose
 * e-mail holds one, for instance). No field of Relais has a use for it: such a body is the sender's error.
 */
export function nulCharacterIn(data: unknown): string | null {
  return JSON.stringify(data).includes('\\u0000') ? 'Les données envoyées contiennent un caractère nul.' : null
}
