import { getPayload } from 'payload'

import { isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { checklistRollup, rollupCsv } from '@/checklists/rollup'
import { csvResponse } from '@/export/csv'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import config from '@payload-config'

/** GET /guides/suivi/export: the regional roll-up as CSV, for coordinators and admins only. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const locale = await requestLocale()
  const t = translatorFor(locale, 'checklists.rollup')
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  if (!isStaff(user)) return new Response(t('staffOnly'), { status: 403 })
  const { guides } = await checklistRollup(payload, user)
  return auditedDownload(payload, request, user, csvResponse(rollupCsv(guides, locale), t('csvFile')))
}
