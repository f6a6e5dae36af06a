import { getPayload } from 'payload'

import { isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { loadRegistrations } from '@/events/view'
import { registrationStatuses } from '@/events/vocabulary'
import { csvResponse, toCsv } from '@/export/csv'
import { longDateTime } from '@/format/dates'
import { recordId } from '@/http/recordId'
import type { User } from '@/payload-types'
import config from '@payload-config'

/** GET /agenda/:id/inscriptions.csv: the event's registrations with the attendee's commune, for coordinators. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  if (!isStaff(user as User)) return new Response('Réservé à la coordination.', { status: 403 })
  const id = recordId((await params).id)
  if (!id) return new Response('Cet événement n’existe pas.', { status: 404 })
  const docs = await loadRegistrations(payload, user as User, id)
  const rows = [
    ['Nom', 'E-mail', 'Commune', 'Statut', 'Inscrit·e le', 'Présent·e'],
    ...docs.map((r) => [
      r.userName,
      r.userEmail,
      r.communeName ?? '',
      registrationStatuses[r.status],
      r.registeredAt ? longDateTime(r.registeredAt) : '',
      r.attended ? 'oui' : 'non',
    ]),
  ]
  return auditedDownload(payload, request, user as User, csvResponse(toCsv(rows), `inscriptions-${id}`))
}
