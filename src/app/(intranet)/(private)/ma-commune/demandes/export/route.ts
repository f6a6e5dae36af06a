import { getPayload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { listRequests, parseFilters, requestsCsv } from '@/accounts/requestList'
import { canDecide } from '@/accounts/requests'
import { auditedDownload } from '@/audit/exports'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { csvResponse } from '@/export/csv'
import { serverTranslator } from '@/i18n/server'
import config from '@payload-config'

/** GET /ma-commune/demandes/export: the filtered requests as CSV, for validators (their commune) and staff. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const t = await serverTranslator('accounts')
  if (!user) return new Response(t('export.loginFirst'), { status: 401 })
  if (!canDecide(user)) return new Response(t('export.reserved'), { status: 403 })
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams))
  const commune = isStaff(user) ? filters.commune : communeOf(user)
  return auditedDownload(
    payload,
    request,
    user,
    csvResponse(requestsCsv(await listRequests(payload, user, filters), t), 'demandes-de-compte'),
    { commune },
  )
}
