import { getPayload } from 'payload'

import { isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { toCsv, csvResponse } from '@/export/csv'
import { xlsxResponse } from '@/export/xlsx'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import { loadCompletionMatrix, matrixTable } from '@/regional/view'
import config from '@payload-config'

/**
 * GET /region/export?format=csv|xlsx[&tri=&ordre=]: the communes × guides matrix in the order of the page, for
 * coordinators and admins only (it names every commune; the COPIL sees only the anonymised page).
 */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const locale = await requestLocale()
  const t = translatorFor(locale, 'region.export')
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  if (!isStaff(user)) return new Response(t('forbidden'), { status: 403 })
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const format = params.format ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return new Response(t('unknownFormat'), { status: 400 })
  const { guides, rows } = await loadCompletionMatrix(payload, user, params)
  const table = matrixTable(guides, rows, locale)
  const response = format === 'csv' ? csvResponse(toCsv(table), t('file')) : await xlsxResponse(table, t('file'), t('sheet'))
  return auditedDownload(payload, request, user, response)
}
