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
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? null : 'Le corps de la requête doit être un objet JSON.'
  } catch {
    return "Le corps de la requête n'est pas du JSON valable."
  }
}
