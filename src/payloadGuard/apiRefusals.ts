import type { Payload } from 'payload'

import { loadLanguageSettings } from '@/i18n/languageSettings'
import type { Translate } from '@/i18n/translator'

import { refusalLocale, refusalsIn } from './refusalLanguage'

/**
 * The guard's messages in the language of an API request (REST, GraphQL, a Payload hook): its cookie or
 * Accept-Language, within the languages the instance offers (site settings). The settings are read only once a
 * request is refused; with the database away (a 503 to say so), the instance's configured default stands in.
 */
export async function apiRefusals(headers: Headers, payload: Payload | null): Promise<Translate> {
  const settings = payload ? await loadLanguageSettings(payload).catch(() => undefined) : undefined
  return refusalsIn(refusalLocale(headers, settings))
}
