import { getPayload } from 'payload'

import { auditedDownload } from '@/audit/exports'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { csvResponse, toCsv } from '@/export/csv'
import { xlsxResponse } from '@/export/xlsx'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import { findMeasures, measureFilters, measureTable } from '@/measures/list'
import config from '@payload-config'

/** GET /mesures/export?format=csv|xlsx&<filters of the list>: the measures as the list shows them, in the reader's language. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const locale = await requestLocale()
  const t = translatorFor(locale, 'measures.export')
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  const params = new URL(request.url).searchParams
  const format = params.get('format') ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return new Response(t('unknownFormat'), { status: 400 })
  const table = measureTable(
    await findMeasures(
      payload,
      user,
      measureFilters((name) => params.get(name)),
    ),
    locale,
  )
  return auditedDownload(
    payload,
    request,
    user,
    format === 'csv' ? csvResponse(toCsv(table), t('file')) : await xlsxResponse(table, t('file'), t('sheet')),
  )
}
