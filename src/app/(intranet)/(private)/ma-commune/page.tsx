import { redirect } from 'next/navigation'

export default function MyCommunePage() {
  redirect('/ma-commune/demandes')
}
