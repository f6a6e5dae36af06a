'use client'

import { useFieldState } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX } from '@/contentReports/vocabulary'

/**
 * The fields of « Signaler un contenu à mettre à jour », folded under their summary; a refused report opens them
 * again with the text as typed and the error next to the field (with or without JavaScript).
 */
/** The texts of the fields, in the reader's language (from the server parent, ReportContent). */
export type ReportFieldTexts = { title: string; message: string; messageHint: string; section: string; sectionHint: string; submit: string }

export function ReportFields({ prefix, texts, unfolded }: { prefix: string; texts: ReportFieldTexts; unfolded?: boolean }) {
  const message = useFieldState('message')
  const section = useFieldState('section')
  return (
    <details className="report-content__fields" open={Boolean(unfolded || message.error || section.error) || undefined}>
      <summary>{texts.title}</summary>
      <Field id={`${prefix}-message`} label={texts.message} hint={texts.messageHint} error={message.error}>
        {(control) => (
          <textarea {...control} name="message" rows={4} maxLength={REPORT_MESSAGE_MAX} required defaultValue={message.value} />
        )}
      </Field>
      <Field
        id={`${prefix}-section`}
        label={texts.section}
        hint={texts.sectionHint}
        error={section.error}
        input={{ name: 'section', maxLength: REPORT_SECTION_MAX, defaultValue: section.value }}
      />
      <Button variant="secondary">{texts.submit}</Button>
    </details>
  )
}
