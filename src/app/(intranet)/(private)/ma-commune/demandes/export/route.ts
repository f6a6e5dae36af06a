import { getPayload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { listRequests, parseFilters, requestsCsv } from '@/accounts/requestList'
import { canDecide } from '@/accounts/requests'
import { auditedDownload } from '@/audit/exports'
import { csvResponse } from '@/export/csv'
import { serverTranslator } from '@/i18n/server'
import type { User } from '@/payload-types'
import config from '@payload-config'

/** GET /ma-commune/demandes/export: the filtered requests as CSV, for validators (their commune) and staff. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const t = await serverTranslator('accounts')
  if (!user) return new Response(t('export.loginFirst'), { status: 401 })
  if (!canDecide(user as User)) return new Response(t('export.reserved'), { status: 403 })
  const filters = parseFilters(Object.fromEntries(new URL(request.url).searchParams))
  const commune = isStaff(user as User) ? filters.commune : communeOf(user as User)
  return auditedDownload(
    payload,
    request,
    user as User,
    csvResponse(requestsCsv(await listRequests(payload, user as User, filters), t), 'demandes-de-compte'),
    { commune },
  )
}
