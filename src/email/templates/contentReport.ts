import { publicUrl } from '@/config/runtime'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { emailHtml, greeting } from './layout'

export type ReportMessage = {
  id: number
  kind: string
  title: string
  path: string
  section: string | null
  message: string
  /** Whether the person told is the content's owner (else: the coordination, for a content without one). */
  asOwner: boolean
}

export const contentReportSubject = ({ kind, title }: ReportMessage, locale: Locale = defaultLocale) =>
  translatorFor(locale, 'email.contentReport')('subject', { kind, title })

/**
 * What the owner of a reported content (or the coordination) reads: what is wrong, where, and where to mark it
 * handled. It never names who reported it: the owner may sit in another commune.
 */
export function contentReportHtml(report: ReportMessage, locale: Locale = defaultLocale) {
  const t = translatorFor(locale, 'email.contentReport')
  // German nouns keep their capital letter.
  const kind = locale === 'fr' ? report.kind.toLowerCase() : report.kind
  return emailHtml(
    {
      title: t('title', { title: report.title }),
      paragraphs: [
        greeting(locale),
        t(report.asOwner ? 'owner' : 'noOwner', { kind, title: report.title }),
        ...(report.section ? [t('section', { section: report.section })] : []),
        t('message', { message: report.message }),
        t('content', { url: `${publicUrl()}${report.path}` }),
        t('next'),
      ],
      action: { label: t('action'), url: `${publicUrl()}/admin/collections/content-reports/${report.id}` },
    },
    locale,
  )
}
