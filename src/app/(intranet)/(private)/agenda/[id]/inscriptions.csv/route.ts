import { getPayload } from 'payload'

import { isStaff } from '@/access/roles'
import { auditedDownload } from '@/audit/exports'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { loadRegistrations } from '@/events/view'
import { registrationStatusLabels } from '@/events/vocabulary'
import { csvResponse, toCsv } from '@/export/csv'
import { longDateTime } from '@/format/dates'
import { recordId } from '@/http/recordId'
import { contentLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import config from '@payload-config'

/** GET /agenda/:id/inscriptions.csv: the event's registrations with the attendee's commune, for coordinators. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const payload = await getPayload({ config })
  const locale = contentLocale(await requestLocale())
  const t = translatorFor(locale, 'events.routes')
  const user = await userFromHeaders(payload, request.headers)
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  if (!isStaff(user)) return new Response(t('staffOnly'), { status: 403 })
  const id = recordId((await params).id)
  if (!id) return new Response(t('unknownEvent'), { status: 404 })
  const docs = await loadRegistrations(payload, user, id)
  const statuses = registrationStatusLabels(locale)
  const rows = [
    [t('csv.name'), t('csv.email'), t('csv.commune'), t('csv.status'), t('csv.registeredAt'), t('csv.attended')],
    ...docs.map((r) => [
      r.userName,
      r.userEmail,
      r.communeName ?? '',
      statuses[r.status],
      r.registeredAt ? longDateTime(r.registeredAt, locale) : '',
      r.attended ? t('csv.yes') : t('csv.no'),
    ]),
  ]
  return auditedDownload(payload, request, user, csvResponse(toCsv(rows), `inscriptions-${id}`))
}
