import { useTranslations } from 'next-intl'
import type React from 'react'

/** The body of the error pages (not-found.tsx, forbidden.tsx): what happened, and where to go from here. */
export function ErrorPage({ title, children }: { title: string; children: React.ReactNode }) {
  const t = useTranslations('errors')
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p className="lead">{children}</p>
      <p>
        <a href="/">{t('home')}</a> · <a href="/recherche">{t('search')}</a>
      </p>
    </section>
  )
}
