import type { CollectionSlug, Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentLocale, defaultLocale, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/**
 * Content in the reader's language (issue 26). Editors may write guides, questions, templates, measures' titles,
 * events and watch items in German as well as French (Payload's field localisation); French, the language of the
 * sources, is the fallback of every field left empty. Loaders read in the language of the request
 * (`readingLocale`), with `inLocale` as Local API options, key their shared cache by it, and say in which language
 * each document is shown (`lang`), so that a German page marks French content as such (`ContentLang`,
 * `ContentLanguageNote`).
 */

/**
 * The language content is read in: the one given (tests), else the request's (French outside a request). The
 * request's language is imported when needed: it reads the config, which specs and scripts load after their setup.
 */
export async function readingLocale(given?: Locale): Promise<Locale> {
  if (given) return given
  const { currentLocale } = await import('@/i18n/server')
  return contentLocale(await currentLocale())
}

/** Local API options: read in `locale`, each field missing there in French. */
export const inLocale = (locale: Locale) => ({ locale, fallbackLocale: defaultLocale }) as const

/** A document as shown: `lang` is the language of its text (its title), `locale` or French when not translated. */
export type Shown<T> = T & { lang: Locale }

/**
 * The ids among `ids` whose `field` is written in `locale` itself, not filled in by the fallback. Every id for
 * French. One small read as the user (the same documents the loader has just read).
 */
export async function writtenIn(
  payload: Payload,
  user: User,
  collection: CollectionSlug,
  ids: number[],
  field: string,
  locale: Locale,
  { draft = false } = {},
): Promise<Set<number>> {
  if (locale === defaultLocale || !ids.length) return new Set(ids)
  const { docs } = await payload.find({
    collection,
    ...allAsUser(user),
    where: { id: { in: ids } },
    locale,
    fallbackLocale: false,
    draft,
    select: { [field]: true },
  })
  return new Set(
    (docs as unknown as ({ id: number } & Record<string, unknown>)[]).filter((doc) => Boolean(doc[field])).map((doc) => doc.id),
  )
}

/** Each document with the language it is shown in (see `writtenIn`). */
export async function withLanguage<T extends { id: number }>(
  payload: Payload,
  user: User,
  collection: CollectionSlug,
  docs: T[],
  field: string,
  locale: Locale,
  options: { draft?: boolean } = {},
): Promise<Shown<T>[]> {
  const written = await writtenIn(
    payload,
    user,
    collection,
    docs.map((doc) => doc.id),
    field,
    locale,
    options,
  )
  return docs.map((doc) => ({ ...doc, lang: written.has(doc.id) ? locale : defaultLocale }))
}
