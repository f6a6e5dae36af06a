import type { Payload } from 'payload'

import type { AccessUser } from '@/access/roles'
import { sharedRead } from '@/cache/shared'

import { searchEngine } from './engine'
import { grantsOf } from './grants'
import { isSearchType, searchIndexTag, type SearchResults, type SearchType, type Suggestion } from './types'

export const pageSize = 20
const maxPage = 50

export type SearchRequest = { q: string; type?: SearchType; page: number }
type Parsed = { ok: true; request: SearchRequest } | { ok: false; message: string }

/** Reads `q`, `type` and `page` as a form or URL gives them; bad values get a French message. */
export function parseSearchRequest(get: (name: string) => string | null | undefined): Parsed {
  const q = (get('q') ?? '').trim()
  const type = get('type') || undefined
  const page = get('page') || '1'
  if (q.length < 2) return { ok: false, message: 'Saisissez au moins 2 caractères.' }
  if (q.length > 200) return { ok: false, message: 'La recherche est limitée à 200 caractères.' }
  if (type !== undefined && !isSearchType(type)) return { ok: false, message: `Type de résultat inconnu : « ${type.slice(0, 40)} ».` }
  if (!/^\d{1,3}$/.test(page) || Number(page) < 1 || Number(page) > maxPage)
    return { ok: false, message: `Le numéro de page doit être compris entre 1 et ${maxPage}.` }
  return { ok: true, request: { q, type, page: Number(page) } }
}

/**
 * Searches with the grants of `user`: what they cannot open never comes back, not even as a title. The same search
 * with the same grants (what the index's access rule looks at) is answered from the shared cache until the index
 * changes (`searchIndexTag`): a popular query costs one search per change of the index, not one per reader.
 */
export const searchAs = (payload: Payload, user: AccessUser, { q, type, page }: SearchRequest): Promise<SearchResults> => {
  const grants = grantsOf(user)
  return sharedRead(payload, [searchIndexTag], `search:${JSON.stringify([grants, q, type ?? null, page])}`, () =>
    searchEngine(payload).search({ q, type, grants, limit: pageSize, offset: (page - 1) * pageSize }),
  )
}

export const suggestAs = (payload: Payload, user: AccessUser, { q, type }: SearchRequest): Promise<Suggestion[]> =>
  searchEngine(payload).suggest({ q, type, grants: grantsOf(user), limit: 8 })

export const unavailableMessage = 'La recherche est momentanément indisponible. Réessayez dans un instant.'
