import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

// Every intranet page depends on the visitor and on live data: never prerender at build time.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { default: 'Relais', template: '%s – Relais' },
  description: "L'intranet numérique des communes",
}

export default function IntranetRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
