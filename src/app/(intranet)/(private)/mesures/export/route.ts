import { getPayload } from 'payload'

import { auditedDownload } from '@/audit/exports'
import { csvResponse, toCsv } from '@/export/csv'
import { xlsxResponse } from '@/export/xlsx'
import { findMeasures, measureFilters, measureTable } from '@/measures/list'
import type { User } from '@/payload-types'
import config from '@payload-config'

/** GET /mesures/export?format=csv|xlsx&<filters of the list>: the measures as the list shows them. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Connexion requise.', { status: 401 })
  const params = new URL(request.url).searchParams
  const format = params.get('format') ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return new Response('Format inconnu : choisissez csv ou xlsx.', { status: 400 })
  const table = measureTable(
    await findMeasures(
      payload,
      user as User,
      measureFilters((name) => params.get(name)),
    ),
  )
  return auditedDownload(
    payload,
    request,
    user as User,
    format === 'csv' ? csvResponse(toCsv(table), 'mesures') : await xlsxResponse(table, 'mesures', 'Mesures'),
  )
}
