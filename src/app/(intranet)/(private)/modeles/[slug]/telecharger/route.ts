import { getPayload } from 'payload'

import { userFromHeaders } from '@/auth/userFromHeaders'
import { isSlug } from '@/fields/slug'
import { numericDate } from '@/format/dates'
import { attachment } from '@/http/attachment'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import { loadSiteSettings } from '@/settings/view'
import { templateDocx } from '@/templates/docx'
import { prefillRichText } from '@/templates/prefill'
import { loadPrefill, loadTemplate } from '@/templates/view'
import config from '@payload-config'

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * GET /modeles/<slug>/telecharger: the template as a Word document (.docx), read as the logged-in user like its page.
 * For a member of a commune, the commune's name and référent fill the placeholders; the commune comes from the
 * account only (no parameter of the request is read). The « Mode d’emploi » stays on the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const locale = await requestLocale()
  const t = translatorFor(locale, 'templates.download')
  if (!user) return text(t('loginRequired'), 401)
  const { slug } = await params
  // Anything but a slug (a NUL byte would make PostgreSQL fail) is no template's address.
  if (!isSlug(slug)) return text(t('badSlug'), 400)
  const template = await loadTemplate(payload, user, slug, 0)
  if (!template) return text(t('notFound'), 404)
  const [prefill, settings] = await Promise.all([loadPrefill(payload, user), loadSiteSettings(payload, user)])
  const file = await templateDocx({
    title: template.title,
    description: template.description,
    body: prefillRichText(template.body, prefill),
    source: template.source,
    organisation: settings.organisationName,
    commune: prefill?.commune ?? null,
    date: numericDate(new Date(), locale),
    locale,
  })
  return new Response(new Uint8Array(file), {
    headers: {
      'content-type': docxType,
      'content-disposition': attachment(prefill ? `${template.title} – ${prefill.commune}` : template.title, 'docx'),
      'cache-control': 'private, no-store',
    },
  })
}
