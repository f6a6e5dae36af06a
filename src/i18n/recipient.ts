import type { Payload } from 'payload'

import { loadLanguageSettings } from './languageSettings'
import { isLocale, type Locale } from './locales'

/**
 * The language of a message sent to someone (e-mail, calendar file, digest): the one they chose in their account if
 * the instance offers it, else the instance's default. Never the language of whoever triggered the sending.
 */
export async function recipientLocale(payload: Payload, person: { locale?: string | null } | null | undefined): Promise<Locale> {
  const settings = await loadLanguageSettings(payload)
  const chosen = person?.locale
  return isLocale(chosen) && settings.offered.includes(chosen) ? chosen : settings.defaultLocale
}
