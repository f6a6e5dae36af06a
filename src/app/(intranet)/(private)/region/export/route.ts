import { getPayload } from 'payload'

import { isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { toCsv, csvResponse } from '@/export/csv'
import { xlsxResponse } from '@/export/xlsx'
import type { User } from '@/payload-types'
import { loadCompletionMatrix, matrixTable } from '@/regional/view'
import config from '@payload-config'

/**
 * GET /region/export?format=csv|xlsx[&tri=&ordre=]: the communes × guides matrix in the order of the page, for
 * coordinators and admins only (it names every commune; the COPIL sees only the anonymised page).
 */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  if (!isStaff(user)) return new Response('Réservé à la coordination.', { status: 403 })
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const format = params.format ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return new Response('Format inconnu : choisissez « csv » ou « xlsx ».', { status: 400 })
  const { guides, rows } = await loadCompletionMatrix(payload, user as User, params)
  const table = matrixTable(guides, rows)
  const response =
    format === 'csv' ? csvResponse(toCsv(table), 'matrice-checklists') : await xlsxResponse(table, 'matrice-checklists', 'Checklists')
  return auditedDownload(payload, request, user as User, response)
}
