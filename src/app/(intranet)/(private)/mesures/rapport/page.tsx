import { forbidden, notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { PrintButton } from '@/components/PrintButton'
import { PeriodForm } from '@/components/report/PeriodForm'
import { ReportView } from '@/components/report/ReportView'
import { PageHeader } from '@/components/ui'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { REPORT_TITLE, reportDocument } from '@/report/document'
import { loadComiteReport, readsComiteReport } from '@/report/load'
import { readPeriod, reportQuery } from '@/report/period'

export const metadata = { title: REPORT_TITLE }

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
  const { period } = readPeriod(firstParam(params.du), firstParam(params.au), now)
  if (!period) notFound()
  const data = await loadComiteReport(payload, user, period, now)
  if (!data) forbidden()
  const report = reportDocument(data)
  return (
    <>
      <PageHeader
        title={REPORT_TITLE}
        breadcrumb={[{ href: '/mesures', label: 'Mesures' }]}
        lead={`${report.subtitle}. Les mesures, les décisions, les indicateurs régionaux et les événements, en chiffres agrégés : prêt à joindre à une convocation.`}
      />
      <PeriodForm from={period.from} to={period.to} now={now} />
      <p className="buttons no-print">
        <a className="button button--secondary" href={`/mesures/rapport.pdf${reportQuery(period)}`} download>
          Télécharger le PDF
        </a>
        <PrintButton />
      </p>
      <ReportView report={report} />
    </>
  )
}
