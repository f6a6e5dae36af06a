import { getPayload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { allAudit, auditCsv, auditFilters, canReadAudit } from '@/audit/list'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { loadCommuneNames } from '@/communes/view'
import { csvResponse } from '@/export/csv'
import { getTranslations } from '@/i18n/getTranslations'
import config from '@payload-config'

/** GET /ma-commune/journal/export?<filters of the page>: the audit trail as CSV; the download is itself audited. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const t = await getTranslations('commune.journal')
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  if (!canReadAudit(user)) return new Response(t('reserved'), { status: 403 })
  const filters = auditFilters(Object.fromEntries(new URL(request.url).searchParams))
  const [events, communes] = await Promise.all([allAudit(payload, user, filters), loadCommuneNames(payload, user)])
  const names = new Map(communes.map((c) => [c.id, c.name]))
  const commune = isStaff(user) ? filters.commune : communeOf(user)
  return auditedDownload(payload, request, user, csvResponse(auditCsv(events, names, user), 'journal-audit'), { commune })
}
