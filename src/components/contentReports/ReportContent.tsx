import { ResultForm } from '@/components/ResultForm'
import { reportContentAction } from '@/contentReports/actions'
import { reportStatusLine } from '@/contentReports/target'
import type { OwnReport } from '@/contentReports/view'
import type { ReportTarget } from '@/contentReports/vocabulary'
import { longDate } from '@/format/dates'

import { ReportFields } from './ReportFields'

const hints: Record<ReportTarget, string> = {
  guides: 'Le titre d’une section ou une action de la checklist.',
  faqs: 'Une phrase de la réponse ou une source.',
  templates: 'Le titre d’une section du modèle ou son mode d’emploi.',
}

/**
 * « Signaler un contenu à mettre à jour » on a guide, a question or a template: the person's own reports on it with
 * their status (and the reply, once handled), then the form, folded.
 */
export function ReportContent({ kind, id, reports }: { kind: ReportTarget; id: number; reports: OwnReport[] }) {
  const prefix = `report-${kind}-${id}`
  return (
    <section className="report-content no-print" id={prefix} aria-label="Signaler un contenu à mettre à jour">
      {reports.length > 0 && (
        <ul className="report-content__mine">
          {reports.map((report) => (
            <li key={report.id} data-testid="own-report">
              {reportStatusLine(report.status, longDate(report.createdAt))}.
              {report.replyNote ? <span className="report-content__reply">Réponse : {report.replyNote}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <ResultForm action={reportContentAction} resetOnSuccess label="Signaler un contenu à mettre à jour" className="stacked-form">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <ReportFields prefix={prefix} sectionHint={hints[kind]} />
      </ResultForm>
    </section>
  )
}
