import type React from 'react'

/** The body of the French error pages (not-found.tsx, forbidden.tsx): what happened, and where to go from here. */
export function ErrorPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p className="lead">{children}</p>
      <p>
        <a href="/">Retour à l’accueil</a> · <a href="/recherche">Rechercher dans Relais</a>
      </p>
    </section>
  )
}
