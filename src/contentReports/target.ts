import type { UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import type { ReportStatus, ReportTarget } from './vocabulary'

/** The intranet page of a reported content: a guide's and a template's by slug, a question inside the FAQ page. */
export function targetPath(kind: ReportTarget, target: { id: number; slug?: string | null }): string {
  if (kind === 'faqs') return `/faq?question=${target.id}#question-${target.id}`
  return `/${kind === 'guides' ? 'guides' : 'modeles'}/${target.slug ?? ''}`
}

/** The report's page in the admin, where the coordination or the owner marks it handled. */
export const reportAdminPath = (id: number | string) => `/admin/collections/content-reports/${id}`

/** « Vous avez signalé ce contenu le 3 décembre 2026 — traité » and its like: what the reporter reads of a report. */
export function reportStatusLine(status: ReportStatus, day: string, locale: UiLocale = 'fr'): string {
  const t = translatorFor(locale, 'contentReports.status')
  return t('line', { date: day, state: t(status) })
}
