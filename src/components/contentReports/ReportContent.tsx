import Link from 'next/link'

import { ResultForm } from '@/components/ResultForm'
import { reportContentAction } from '@/contentReports/actions'
import { reportStatusLine } from '@/contentReports/target'
import type { OwnReport } from '@/contentReports/view'
import type { ReportTarget } from '@/contentReports/vocabulary'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

import { ReportFields } from './ReportFields'

type Props = {
  kind: ReportTarget
  id: number
  reports: OwnReport[]
  /**
   * On a page of many targets (the FAQ's questions), a link to this address, which shows the form of this target
   * alone, unfolded: one form per question would be a third of the page for a control used now and then.
   */
  formAt?: string
  /** The form is what the person came for (they followed `formAt`): shown unfolded. */
  unfolded?: boolean
}

/**
 * « Signaler un contenu à mettre à jour » on a guide, a question or a template: the person's own reports on it with
 * their status (and the reply, once handled), then the form, folded (or a link to it, `formAt`).
 */
export async function ReportContent({ kind, id, reports, formAt, unfolded }: Props) {
  const [t, locale] = await Promise.all([getTranslations('contentReports'), requestLocale()])
  const prefix = `report-${kind}-${id}`
  return (
    <section className="report-content no-print" id={prefix} aria-label={t('form.title')}>
      {reports.length > 0 && (
        <ul className="report-content__mine">
          {reports.map((report) => (
            <li key={report.id} data-testid="own-report">
              {reportStatusLine(report.status, longDate(report.createdAt, locale), locale)}.
              {report.replyNote ? <span className="report-content__reply">{t('reply', { reply: report.replyNote })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {formAt ? (
        <Link href={formAt} className="report-content__open">
          {t('form.title')}
        </Link>
      ) : (
        <ResultForm action={reportContentAction} resetOnSuccess label={t('form.title')} className="stacked-form">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <ReportFields
            prefix={prefix}
            unfolded={unfolded}
            texts={{
              title: t('form.title'),
              message: t('form.message'),
              messageHint: t('form.messageHint'),
              section: t('form.section'),
              sectionHint: t(`sectionHints.${kind}`),
              submit: t('form.submit'),
            }}
          />
        </ResultForm>
      )}
    </section>
  )
}
