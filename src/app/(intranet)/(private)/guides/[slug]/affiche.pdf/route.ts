import { getPayload } from 'payload'

import { loginPath } from '@/auth/loginPath'
import { userFromHeaders } from '@/auth/userFromHeaders'
import { publicUrl } from '@/config/runtime'
import { isSlug } from '@/fields/slug'
import { longDate } from '@/format/dates'
import { posterFormat, posterOf } from '@/guides/poster'
import { posterPdf } from '@/guides/posterPdf'
import { loadGuide } from '@/guides/view'
import { requestLocale } from '@/i18n/request'
import { translatorFor } from '@/i18n/translator'
import config from '@payload-config'

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * GET /guides/<slug>/affiche.pdf?format=A4|A3: the guide's « À retenir » section as a printable poster, built from
 * the guide as stored now and read as the logged-in user like the page (a draft is staff's; no section, no poster).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const payload = await getPayload({ config })
  const user = await userFromHeaders(payload, request.headers)
  const url = new URL(request.url)
  if (!user)
    return new Response(null, {
      status: 303,
      headers: { location: loginPath(`${url.pathname}${url.search}`), 'cache-control': 'no-store' },
    })
  const locale = await requestLocale()
  const t = translatorFor(locale, 'guides.poster')
  const format = posterFormat(url.searchParams.get('format'))
  if (!format) return text(t('unknownFormat'), 400)
  // Anything but a slug (a NUL byte would make PostgreSQL fail) is no guide.
  const slug = (await params).slug
  const guide = isSlug(slug) ? await loadGuide(payload, user, slug) : null
  const poster = guide ? posterOf(guide) : null
  if (!guide || !poster) return text(t('missing'), 404)
  const sources = [...new Set((guide.sources ?? []).map((source) => source.publisher || source.title))]
  const pdf = await posterPdf(
    poster,
    format,
    { url: `${publicUrl()}/guides/${guide.slug}`, reviewed: longDate(guide.lastReviewedAt, locale), sources },
    locale,
  )
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${t('fileName')}-${guide.slug}-${format}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
