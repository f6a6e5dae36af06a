import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

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
