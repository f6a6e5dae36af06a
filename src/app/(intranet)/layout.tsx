import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

// Every intranet page depends on the visitor and on live data: never prerender at build time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Relais', template: '%s – Relais' },
  description: "L'intranet numérique des communes",
  icons: { icon: '/favicon.ico' },
  // An intranet: kept out of search engines (also public/robots.txt and the X-Robots-Tag header, next.config.mjs).
  robots: { index: false, follow: false },
}

export default function IntranetRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
