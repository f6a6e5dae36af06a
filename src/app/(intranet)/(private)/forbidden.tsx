import { ErrorPage } from '@/components/ErrorPage'

export const metadata = { title: 'Accès refusé' }

/** A page that exists but is reserved to other roles (e.g. the coordination's follow-up opened by an employee). */
export default function Forbidden() {
  return (
    <ErrorPage title="Vous n’avez pas accès à cette page">
      Cette page est réservée à d’autres rôles (par exemple la coordination ARVr ou le secrétariat communal). Si vous en avez besoin pour
      votre travail, demandez l’accès au secrétariat de votre commune ou à la coordination.
    </ErrorPage>
  )
}
