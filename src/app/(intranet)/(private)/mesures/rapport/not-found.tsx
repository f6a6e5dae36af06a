import { headers } from 'next/headers'

import { PeriodForm } from '@/components/report/PeriodForm'
import { Alert, PageHeader } from '@/components/ui'
import { REQUESTED_PATH_HEADER } from '@/http/requestedPath'
import { REPORT_TITLE } from '@/report/document'
import { readPeriod } from '@/report/period'

export const metadata = { title: REPORT_TITLE }

/** A report asked for a period that cannot be read (answered 404): why, and the form to choose another. */
export default async function ReportPeriodProblem() {
  const asked = new URL((await headers()).get(REQUESTED_PATH_HEADER) ?? '/mesures/rapport', 'http://relais')
  const now = new Date()
  const { problem } = readPeriod(asked.searchParams.get('du'), asked.searchParams.get('au'), now)
  return (
    <>
      <PageHeader title={REPORT_TITLE} breadcrumb={[{ href: '/mesures', label: 'Mesures' }]} />
      <Alert kind="error" title="Cette période ne permet pas d’établir le rapport.">
        <p>{problem ?? 'Choisissez une autre période.'}</p>
      </Alert>
      <PeriodForm now={now} />
    </>
  )
}
