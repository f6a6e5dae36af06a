import { getPayload } from 'payload'

import { auditedDownload } from '@/audit/exports'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { csvResponse, toCsv } from '@/export/csv'
import { xlsxResponse } from '@/export/xlsx'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { providerAudience, regionalTable } from '@/providers/regional'
import { loadRegionalProviders } from '@/providers/view'
import config from '@payload-config'

/** GET /prestataires/export?format=csv|xlsx: the region's view of providers, named for the coordination, anonymised for the COPIL. */
export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const [t, locale] = await Promise.all([getTranslations('providers.export'), requestLocale()])
  if (!user) return new Response(t('loginRequired'), { status: 401 })
  const audience = providerAudience(user)
  if (!audience) return new Response(t('reserved'), { status: 403 })
  const format = new URL(request.url).searchParams.get('format') ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') return new Response(t('format'), { status: 400 })
  const table = regionalTable((await loadRegionalProviders(payload, user)) ?? [], audience, locale)
  return auditedDownload(
    payload,
    request,
    user,
    format === 'csv' ? csvResponse(toCsv(table), t('file')) : await xlsxResponse(table, t('file'), t('sheet')),
  )
}
