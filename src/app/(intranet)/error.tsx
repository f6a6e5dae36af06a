'use client'

import { Button } from '@/components/ui/Button'
/**
 * Shown when a page fails on the server, most often because the database is briefly unreachable (restart,
 * failover). French, without technical detail (production builds pass only a digest), with a way to retry:
 * the application reconnects by itself.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="page" role="alert">
      <h1>Relais est momentanément indisponible</h1>
      <p>La page n’a pas pu être affichée. Vos données enregistrées ne sont pas perdues ; réessayez dans un instant.</p>
      <p>
        <Button type="button" onClick={() => reset()}>
          Réessayer
        </Button>{' '}
        <a href="/">Retour à l’accueil</a>
      </p>
    </main>
  )
}
