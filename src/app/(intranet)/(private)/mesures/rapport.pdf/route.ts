import { getPayload } from 'payload'

import { auditedDownload } from '@/audit/exports'
import { loginPath } from '@/auth/loginPath'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { attachment } from '@/http/attachment'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import { reportDocument } from '@/report/document'
import { loadComiteReport, readsComiteReport } from '@/report/load'
import { reportPdf } from '@/report/pdf'
import { readPeriod, reportFileName } from '@/report/period'
import config from '@payload-config'

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * GET /mesures/rapport.pdf?du=AAAA-MM-JJ&au=AAAA-MM-JJ: the Comité's report as a PDF, the same content as the page
 * `/mesures/rapport`, for the coordination and the COPIL, in the reader's language. Recorded in the audit trail like
 * every export.
 */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const url = new URL(request.url)
  if (!user)
    return new Response(null, {
      status: 303,
      headers: { location: loginPath(`${url.pathname}${url.search}`), 'cache-control': 'no-store' },
    })
  const locale = await requestLocale()
  const t = translatorFor(locale, 'report.page')
  if (!readsComiteReport(user)) return text(t('forbidden'), 403)
  const now = new Date()
  const { period, problem } = readPeriod(url.searchParams.get('du'), url.searchParams.get('au'), now, locale)
  if (!period) return text(problem, 400)
  const data = await loadComiteReport(payload, user, period, now, locale)
  if (!data) return text(t('forbidden'), 403)
  const pdf = await reportPdf(reportDocument(data, locale))
  return auditedDownload(
    payload,
    request,
    user,
    new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': attachment(reportFileName(period, locale), 'pdf'),
        'cache-control': 'private, no-store',
      },
    }),
  )
}
