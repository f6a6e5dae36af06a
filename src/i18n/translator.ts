import { createTranslator } from 'next-intl'

import { messagesFor } from './catalogue'
import { intlLocale, type UiLocale } from './locales'
import { onMessageError } from './messageError'

const translators = new Map<string, Translate>()

/**
 * Strings outside a page render: e-mails, calendar files, feeds, exports, PDFs, jobs. They are written in the
 * recipient's language, which is rarely the language of the request that triggered them.
 *   const t = translatorFor(user.locale ?? defaultLocale, 'email')
 *
 * One translator per language and namespace for the whole process: a translator keeps each message it has parsed
 * (and its Intl formatters), and catalogues change only with a release. A new one per call parsed every message
 * again on every render (1–2 ms of a member page's CPU, docs/performance.md).
 */
export function translatorFor<Namespace extends string>(locale: UiLocale, namespace?: Namespace): Translate {
  const key = `${locale}\u0000${namespace ?? ''}`
  let translator = translators.get(key)
  if (!translator) {
    translator = createTranslator({
      locale: intlLocale(locale),
      messages: messagesFor(locale),
      namespace: namespace as never,
      // As the request configuration (src/i18n/request.ts): a date in a message reads in the region's time.
      timeZone: 'Europe/Zurich',
      onError: onMessageError,
      getMessageFallback: missingMessage,
    }) as unknown as Translate
    // In development the catalogues are read again on each call (src/i18n/catalogue.ts): so are the translators.
    if (process.env.NODE_ENV !== 'development') translators.set(key, translator)
  }
  return translator
}

/** A translator: a key (within its namespace) and the message's ICU arguments give the text. */
export type Translate = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  rich: (key: string, values?: Record<string, unknown>) => unknown
  has: (key: string) => boolean
}

/** A missing key shows as itself, marked, so a test or a reader sees it at once instead of an empty string. */
export const missingMessage = ({ namespace, key }: { namespace?: string; key: string }) => `⚠${namespace ? `${namespace}.` : ''}${key}`
