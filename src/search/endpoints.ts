import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { apiError } from '@/http/apiError'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { contentLocale, type UiLocale } from '@/i18n/locales'
import { resolveLocale } from '@/i18n/resolveLocale'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'
import { chosenLocale } from '@/payloadGuard/refusalLanguage'

import { parseSearchRequest, type SearchRequest, searchAs, suggestAs, unavailableIn } from './service'

// Results depend on who asks: never cached by a browser or a proxy.
const noStore = { 'cache-control': 'private, no-store' }
const answer = (body: unknown) => Response.json(body, { headers: noStore })

const refuse = (status: number, message: string) => apiError(status, message, noStore)

/** The asker's language, as the pages resolve it: their choice (cookie), else their browser's, else the instance's. */
async function askerLocale(req: PayloadRequest): Promise<UiLocale> {
  return resolveLocale(await loadLanguageSettings(req.payload), chosenLocale(req.headers), req.headers.get('accept-language'))
}

/** Logged-in users only, parameters checked, an engine failure reported as 503 (never a 500); in the asker's language. */
const searchHandler =
  (run: (req: PayloadRequest, request: SearchRequest, locale: UiLocale) => Promise<unknown>): PayloadHandler =>
  async (req) => {
    const locale = await askerLocale(req)
    if (!req.user) return refuse(401, translatorFor(locale, 'search')('loginFirst'))
    const parsed = parseSearchRequest((name) => req.searchParams.get(name), locale)
    if (!parsed.ok) return refuse(400, parsed.message)
    try {
      return answer(await run(req, parsed.request, locale))
    } catch (error) {
      req.payload.logger.error({ err: error }, 'Search unavailable')
      return refuse(503, unavailableIn(locale))
    }
  }

export const searchEndpoints: Endpoint[] = [
  {
    // GET /api/search?q=…&type=…&page=…
    path: '/search',
    method: 'get',
    handler: searchHandler(async (req, request, locale) => ({
      ...request,
      ...(await searchAs(req.payload, req.user as User, request, contentLocale(locale))),
    })),
  },
  {
    // GET /api/search/suggest?q=… (the header's search box, as the user types)
    path: '/search/suggest',
    method: 'get',
    handler: searchHandler(async (req, request, locale) => ({
      suggestions: await suggestAs(req.payload, req.user as User, request, contentLocale(locale)),
    })),
  },
]
