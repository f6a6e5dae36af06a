import { ErrorPage } from '@/components/ErrorPage'

export const metadata = { title: 'Page introuvable' }

/** An unknown address, or a record that does not exist or that this person may not see (shown as not existing). */
export default function NotFound() {
  return (
    <ErrorPage title="Page introuvable">
      L’adresse demandée ne correspond à aucune page de Relais, ou ce qu’elle désignait n’existe plus. Vérifiez l’adresse, ou cherchez ce
      dont vous avez besoin avec la recherche.
    </ErrorPage>
  )
}
