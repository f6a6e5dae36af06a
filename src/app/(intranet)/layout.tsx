import type { Metadata } from 'next'
import type React from 'react'

import { ClientMessages } from '@/i18n/ClientMessages'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

import './styles.css'

// Every intranet page depends on the visitor and on live data: never prerender at build time.
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell')
  return {
    title: { default: 'Relais', template: '%s – Relais' },
    description: t('description'),
    icons: { icon: '/favicon.ico' },
    // An intranet: kept out of search engines (also public/robots.txt and the X-Robots-Tag header, next.config.mjs).
    robots: { index: false, follow: false },
  }
}

export default async function IntranetRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await requestLocale()
  return (
    <html lang={locale}>
      <body>
        <ClientMessages locale={locale}>{children}</ClientMessages>
      </body>
    </html>
  )
}
