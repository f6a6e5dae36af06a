import { forbidden, notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { PrintButton } from '@/components/PrintButton'
import { PeriodForm } from '@/components/report/PeriodForm'
import { ReportView } from '@/components/report/ReportView'
import { PageHeader } from '@/components/ui'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { reportDocument, reportTitle } from '@/report/document'
import { loadComiteReport, readsComiteReport } from '@/report/load'
import { readPeriod, reportQuery } from '@/report/period'

export async function generateMetadata() {
  return { title: reportTitle(await requestLocale()) }
}

/**
 * The Comité's progress report for a period (issue 25, § 5): the coordination generates it, the COPIL reads it; the
 * same content as its PDF (`/mesures/rapport.pdf`). A period that cannot be read answers 404 with its reason
 * (`not-found.tsx` beside this page).
 */
export default async function ReportPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  if (!readsComiteReport(user)) forbidden()
  const params = await searchParams
  const now = new Date()
  const locale = await requestLocale()
  const t = await getTranslations('report.page')
  const { period } = readPeriod(firstParam(params.du), firstParam(params.au), now, locale)
  if (!period) notFound()
  const data = await loadComiteReport(payload, user, period, now, locale)
  if (!data) forbidden()
  const report = reportDocument(data, locale)
  return (
    <>
      <PageHeader
        title={report.title}
        breadcrumb={[{ href: '/mesures', label: t('breadcrumb') }]}
        lead={t('lead', { subtitle: report.subtitle })}
      />
      <PeriodForm from={period.from} to={period.to} now={now} />
      <p className="buttons no-print">
        <a className="button button--secondary" href={`/mesures/rapport.pdf${reportQuery(period)}`} download>
          {t('download')}
        </a>
        <PrintButton />
      </p>
      <ReportView report={report} />
    </>
  )
}
