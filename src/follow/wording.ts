import type { CollectionSlug, PayloadRequest } from 'payload'

import { loadLanguageSettings } from '@/i18n/languageSettings'
import { type Locale, locales } from '@/i18n/locales'

import type { FollowEvent, EventWords } from './events'

/**
 * A follow event's title and detail in every language (issue 26): each follower reads theirs, the language of their
 * account (`recordFollowEvent`). `title` and `detail` stay those of the instance's default language, for a language
 * the event was not worded in.
 */
export async function inEachLanguage(
  req: PayloadRequest,
  word: (locale: Locale) => EventWords | Promise<EventWords>,
): Promise<Pick<FollowEvent, 'title' | 'detail' | 'worded'>> {
  // One language after the other: `readIn` moves the request's language while it reads.
  const worded = {} as Record<Locale, EventWords>
  for (const locale of locales) worded[locale] = await word(locale)
  const main = worded[(await loadLanguageSettings(req.payload)).defaultLocale]
  return { title: main.title, detail: main.detail, worded }
}

/**
 * A document as the readers of `locale` see it: its translated fields in that language, French where they are not
 * translated. Read in the transaction of the change, as it is being saved. The Local API sets the language it reads
 * on the request it is given: the change's own language is put back after the read, for the hooks that follow.
 */
export async function readIn<T>(req: PayloadRequest, collection: CollectionSlug, id: number | string, locale: Locale): Promise<T> {
  const { locale: own, fallbackLocale } = req
  try {
    return (await req.payload.findByID({ collection, id, locale, depth: 0, req, overrideAccess: true })) as T
  } finally {
    req.locale = own
    req.fallbackLocale = fallbackLocale
  }
}
