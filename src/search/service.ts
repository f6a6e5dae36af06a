import type { Payload } from 'payload'

import type { AccessUser } from '@/access/roles'
import { sharedRead } from '@/cache/shared'
import { readingLocale } from '@/content/language'
import { defaultLocale, type Locale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { searchEngine } from './engine'
import { grantsOf } from './grants'
import { isSearchType, searchIndexTag, type SearchResults, type SearchType, type Suggestion } from './types'

export const pageSize = 20
const maxPage = 50

export type SearchRequest = { q: string; type?: SearchType; page: number }
type Parsed = { ok: true; request: SearchRequest } | { ok: false; message: string }

/** Reads `q`, `type` and `page` as a form or URL gives them; bad values get a message in `locale` (French by default). */
export function parseSearchRequest(get: (name: string) => string | null | undefined, locale: UiLocale = defaultLocale): Parsed {
  const t = translatorFor(locale, 'search')
  const q = (get('q') ?? '').trim()
  const type = get('type') || undefined
  const page = get('page') || '1'
  if (q.length < 2) return { ok: false, message: t('tooShort') }
  if (q.length > 200) return { ok: false, message: t('tooLong') }
  if (type !== undefined && !isSearchType(type)) return { ok: false, message: t('unknownType', { type: type.slice(0, 40) }) }
  if (!/^\d{1,3}$/.test(page) || Number(page) < 1 || Number(page) > maxPage) return { ok: false, message: t('badPage', { max: maxPage }) }
  return { ok: true, request: { q, type, page: Number(page) } }
}

/**
 * Searches with the grants of `user`: what they cannot open never comes back, not even as a title. The same search
 * with the same grants (what the index's access rule looks at) is answered from the shared cache until the index
 * changes (`searchIndexTag`): a popular query costs one search per change of the index, not one per reader.
 */
export const searchAs = async (
  payload: Payload,
  user: AccessUser,
  { q, type, page }: SearchRequest,
  given?: Locale,
): Promise<SearchResults> => {
  const grants = grantsOf(user)
  // The reader's language decides which entries they search (src/search/types.ts, `SearchQuery.locale`).
  const locale = await readingLocale(given)
  return sharedRead(payload, [searchIndexTag], `search:${JSON.stringify([grants, locale, q, type ?? null, page])}`, () =>
    searchEngine(payload).search({ q, type, grants, locale, limit: pageSize, offset: (page - 1) * pageSize }),
  )
}

export const suggestAs = async (payload: Payload, user: AccessUser, { q, type }: SearchRequest, given?: Locale): Promise<Suggestion[]> =>
  searchEngine(payload).suggest({ q, type, grants: grantsOf(user), locale: await readingLocale(given), limit: 8 })

/** The engine does not answer: the message in `locale` (French by default). */
export const unavailableIn = (locale: UiLocale = defaultLocale) => translatorFor(locale, 'search')('unavailable')

/** The same in French (pages written before the catalogue; prefer `unavailableIn`). */
export const unavailableMessage = unavailableIn()
