import { createTranslator } from 'next-intl'

import { messagesFor } from './catalogue'
import { intlLocale, type UiLocale } from './locales'
import { onMessageError } from './messageError'

/**
 * Strings outside a page render: e-mails, calendar files, feeds, exports, PDFs, jobs. They are written in the
 * recipient's language, which is rarely the language of the request that triggered them.
 *   const t = translatorFor(user.locale ?? defaultLocale, 'email')
 */
export function translatorFor<Namespace extends string>(locale: UiLocale, namespace?: Namespace) {
  return createTranslator({
    locale: intlLocale(locale),
    messages: messagesFor(locale),
    namespace: namespace as never,
    onError: onMessageError,
    getMessageFallback: missingMessage,
  }) as unknown as Translate
}

/** A translator: a key (within its namespace) and the message's ICU arguments give the text. */
export type Translate = ((key: string, values?: Record<string, string | number | Date>) => string) & {
  rich: (key: string, values?: Record<string, unknown>) => unknown
  has: (key: string) => boolean
}

/** A missing key shows as itself, marked, so a test or a reader sees it at once instead of an empty string. */
export const missingMessage = ({ namespace, key }: { namespace?: string; key: string }) => `⚠${namespace ? `${namespace}.` : ''}${key}`
