import type { PayloadRequest } from 'payload'

import { defaultLocale, isUiLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { chosenLocale } from '@/payloadGuard/refusalLanguage'

type RequestLike = { user?: unknown; i18n?: { language?: string }; headers?: Headers } | null | undefined

/**
 * The language of the messages our hooks and validations answer with (admin, REST, GraphQL, the intranet's forms):
 * the person's own language (their account), else the one they chose on the intranet's pages (`relais-locale`
 * cookie), else the admin's language (Payload's `payload-lng` cookie or the browser's Accept-Language, `req.i18n`),
 * else French. Local API calls carry no admin language (Payload sets its
 * fallback, French), so the account's language comes first.
 */
export function requestLanguage(req: RequestLike): UiLocale {
  const own = (req?.user as { locale?: unknown } | null | undefined)?.locale
  if (isUiLocale(own)) return own
  // Nobody logged in (a login, a reset): the language the person chose on the intranet's pages, if any.
  const chosen = req?.headers instanceof Headers ? chosenLocale(req.headers) : undefined
  if (isUiLocale(chosen)) return chosen
  const admin = req?.i18n?.language
  return isUiLocale(admin) ? admin : defaultLocale
}

/** A message of `adminMessages` (messages/<lang>/adminMessages.json) in the request's language. */
export const adminMessage = (req: RequestLike | PayloadRequest, key: string, values?: Record<string, string | number | Date>): string =>
  translatorFor(requestLanguage(req as RequestLike), 'adminMessages')(key, values)
