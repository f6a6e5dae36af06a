import { NextIntlClientProvider } from 'next-intl'
import type React from 'react'

import { messagesFor } from './catalogue'
import { intlLocale, type UiLocale } from './locales'

/**
 * Client components read their strings with `useTranslations('client.<area>')`. Only the `client.*.json` files go
 * to the browser: server components translate their own strings, and pass text to client components as props where
 * that is simpler.
 */
export function ClientMessages({ locale, children }: { locale: UiLocale; children: React.ReactNode }) {
  const messages = messagesFor(locale)
  return (
    <NextIntlClientProvider locale={intlLocale(locale)} messages={{ client: messages.client ?? {} }} timeZone="Europe/Zurich">
      {children}
    </NextIntlClientProvider>
  )
}
