import type { Payload } from 'payload'

import { loadLanguageSettings } from '@/i18n/languageSettings'
import type { UiLocale } from '@/i18n/locales'
import type { Translate } from '@/i18n/translator'

import { refusalLocale, refusalsIn } from './refusalLanguage'

/**
 * The language of an API request (REST, GraphQL, a Payload hook): its cookie or Accept-Language, within the languages
 * the instance offers (site settings). Read only once a request is refused; with the database away (a 503 to say so),
 * or no Payload at hand, the instance's configured default stands in.
 */
export async function apiRefusalLocale(headers: Headers, payload: Payload | null): Promise<UiLocale> {
  const settings = payload ? await loadLanguageSettings(payload).catch(() => undefined) : undefined
  return refusalLocale(headers, settings)
}

/** The guard's messages in the language of an API request. */
export const apiRefusals = async (headers: Headers, payload: Payload | null): Promise<Translate> =>
  refusalsIn(await apiRefusalLocale(headers, payload))
