import type { Translate } from '@/i18n/translator'

import { refusalsIn } from './refusalLanguage'

/**
 * Payload answers a malformed JSON body with a 500 ("An unknown error occurred"). Checking the body first
 * turns that into a 400 with a message (in `t`'s language); the request is passed on untouched otherwise.
 */
export async function jsonBodyProblem(request: Request, t: Translate = refusalsIn()): Promise<string | null> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return null
  if (!request.headers.get('content-type')?.includes('application/json')) return null
  const text = await request.clone().text()
  if (text.trim() === '') return null
  try {
    const body = JSON.parse(text)
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return t('body.notObject')
    return nulCharacterIn(body, t)
  } catch {
    return t('body.notJson')
  }
}

/**
 * Payload reads a body only as `application/json` or `multipart/form-data`; any other (a form-urlencoded or plain
 * text body) reaches the operation as no data at all, where some of its own collections fail (500). Says so, or null.
 * A method-override GET with a form body is a query, not a body (src/payloadGuard/payloadInternals.ts).
 */
export async function bodyEncodingProblem(request: Request, method: string, t: Translate = refusalsIn()): Promise<string | null> {
  if (!['POST', 'PATCH', 'PUT'].includes(method)) return null
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (type === 'application/json' || type.includes('multipart/')) return null
  if ((await request.clone().text()).trim() === '') return null
  return t('body.encoding')
}

/**
 * PostgreSQL refuses a text holding a nul character, and Payload answers that refusal with a 500 (a login whose
 * e-mail holds one, for instance). No field of Relais has a use for it: such a body is the sender's error.
 */
export function nulCharacterIn(data: unknown, t: Translate = refusalsIn()): string | null {
  return JSON.stringify(data).includes('\\u0000') ? t('nulInData') : null
}
