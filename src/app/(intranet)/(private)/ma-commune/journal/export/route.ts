import { getTranslations } from 'next-intl/server'
import { getPayload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { allAudit, auditCsv, auditFilters, canReadAudit } from '@/audit/list'
import { loadCommuneNames } from '@/communes/view'
import { csvResponse } from '@/export/csv'
import type { User } from '@/payload-types'
import config from '@payload-config'

/** GET /ma-commune/journal/export?<filters of the page>: the audit trail as CSV; the download is itself audited. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const t = await getTranslations('commune.journal')
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  if (!canReadAudit(user as User)) return new Response(t('reserved'), { status: 403 })
  const filters = auditFilters(Object.fromEntries(new URL(request.url).searchParams))
  const [events, communes] = await Promise.all([allAudit(payload, user as User, filters), loadCommuneNames(payload, user as User)])
  const names = new Map(communes.map((c) => [c.id, c.name]))
  const commune = isStaff(user as User) ? filters.commune : communeOf(user as User)
  return auditedDownload(payload, request, user as User, csvResponse(auditCsv(events, names, user as User), 'journal-audit'), { commune })
}
