import { headers } from 'next/headers'

import { PeriodForm } from '@/components/report/PeriodForm'
import { Alert, PageHeader } from '@/components/ui'
import { REQUESTED_PATH_HEADER } from '@/http/requestedPath'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { reportTitle } from '@/report/document'
import { readPeriod } from '@/report/period'

export async function generateMetadata() {
  return { title: reportTitle(await requestLocale()) }
}

/** A report asked for a period that cannot be read (answered 404): why, and the form to choose another. */
export default async function ReportPeriodProblem() {
  const asked = new URL((await headers()).get(REQUESTED_PATH_HEADER) ?? '/mesures/rapport', 'http://relais')
  const now = new Date()
  const locale = await requestLocale()
  const t = await getTranslations('report.page')
  const { problem } = readPeriod(asked.searchParams.get('du'), asked.searchParams.get('au'), now, locale)
  return (
    <>
      <PageHeader title={reportTitle(locale)} breadcrumb={[{ href: '/mesures', label: t('breadcrumb') }]} />
      <Alert kind="error" title={t('badPeriod')}>
        <p>{problem ?? t('otherPeriod')}</p>
      </Alert>
      <PeriodForm now={now} />
    </>
  )
}
