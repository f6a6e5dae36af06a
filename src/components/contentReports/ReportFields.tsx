'use client'

import { useFieldState } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'
import { REPORT_MESSAGE_MAX, REPORT_SECTION_MAX } from '@/contentReports/vocabulary'

/**
 * The fields of « Signaler un contenu à mettre à jour », folded under their summary; a refused report opens them
 * again with the text as typed and the error next to the field (with or without JavaScript).
 */
export function ReportFields({ prefix, sectionHint }: { prefix: string; sectionHint: string }) {
  const message = useFieldState('message')
  const section = useFieldState('section')
  return (
    <details className="report-content__fields" open={Boolean(message.error || section.error) || undefined}>
      <summary>Signaler un contenu à mettre à jour</summary>
      <Field
        id={`${prefix}-message`}
        label="Qu’est-ce qui n’est plus à jour ?"
        hint="Par exemple : un lien qui ne fonctionne plus, une règle qui a changé, une action qui manque."
        error={message.error}
      >
        {(control) => (
          <textarea {...control} name="message" rows={4} maxLength={REPORT_MESSAGE_MAX} required defaultValue={message.value} />
        )}
      </Field>
      <Field
        id={`${prefix}-section`}
        label="Partie concernée (facultatif)"
        hint={sectionHint}
        error={section.error}
        input={{ name: 'section', maxLength: REPORT_SECTION_MAX, defaultValue: section.value }}
      />
      <Button variant="secondary">Envoyer le signalement</Button>
    </details>
  )
}
