import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'
import { parse } from 'qs-esm'

import type { Translate } from '@/i18n/translator'

import { refusalsIn } from './refusalLanguage'
import { versionWhereProblem, whereProblem } from './wherePaths'

/**
 * What is wrong, in `t`'s language, with a REST query string (paging parameters, a NUL byte, the `where` filter), or null
 * when PostgreSQL can run it. `versions` says the query is on the collection's versions (`/api/<slug>/versions`).
 */
export function queryProblem(
  search: string,
  collection: SanitizedCollectionConfig | undefined,
  config: SanitizedConfig,
  versions = false,
  t: Translate = refusalsIn(),
): string | null {
  if (search.includes('%00') || search.includes('\u0000')) return t('nulInQuery')
  // Relais's own endpoints (search, feeds…) read their parameters themselves, with their own messages.
  if (!collection) return null
  // Parsed exactly as Payload parses it (createPayloadRequest), so that lists and nesting are read the same way.
  const query = parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
  for (const name of ['limit', 'page', 'depth'] as const) {
    const value = query[name]
    if (value !== undefined && !(typeof value === 'string' && /^\d{1,6}$/.test(value) && (name !== 'page' || Number(value) >= 1)))
      return t('wholeNumber', { name })
  }
  if (query.where === undefined) return null
  return versions ? versionWhereProblem(query.where, collection, config, t) : whereProblem(query.where, collection, config, t)
}
