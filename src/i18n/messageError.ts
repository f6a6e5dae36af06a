import { IntlErrorCode } from 'next-intl'

/**
 * A message missing from a catalogue is a bug: tests fail on it (a unit test also compares the catalogues key by
 * key), and in production it is logged and shown as ⚠key instead of breaking the page.
 */
export function onMessageError(error: { code: string; message: string }): void {
  if (process.env.NODE_ENV === 'test' || process.env.RELAIS_STRICT_MESSAGES === '1') throw error
  if (error.code === IntlErrorCode.MISSING_MESSAGE) console.error(`[i18n] ${error.message}`)
  else console.error(`[i18n] ${error.code}: ${error.message}`)
}
