import { notFound } from 'next/navigation'

/**
 * Any address no page answers: the « Page introuvable » (page not found) of this section (../not-found.tsx), inside the
 * layout with the menu. Being under (private), a visitor who is not logged in goes to the login page first.
 */
export default function UnknownAddress() {
  notFound()
}
