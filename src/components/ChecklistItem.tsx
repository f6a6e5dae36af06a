import { recordDone, setChecklistState } from '@/checklists/actions'
import type { ItemProgress } from '@/checklists/communeProgress'
import { actionAnchor } from '@/checklists/nextAction'
import { type Due, dueState } from '@/checklists/recurrence'
import { checklistStates, dueStates, recurrencePeriods, type RecurrencePeriod } from '@/checklists/vocabulary'
import { longDate, numericDate } from '@/format/dates'

import { ResultForm } from './ResultForm'
import { Badge, type Tone } from './ui/Badge'
import { Field } from './ui/Field'

type Props = {
  guideId: number
  slug: string
  item: { key: string; label: string; help: string | null }
  progress: ItemProgress | null
  editable: boolean
  /** Added to the guide lately and not answered by the commune yet (src/follow/guideChanges.ts). */
  isNew?: boolean
  /** How often the action is to be done again (none: once). */
  recurrence?: RecurrencePeriod | null
  /** Today's Zurich day (src/checklists/today.ts), for the due date of a recurring action. */
  today: string
}

const dueTones: Record<Due['state'], Tone> = { notDue: 'success', dueSoon: 'warning', overdue: 'error' }
const noon = (day: string) => `${day}T12:00:00Z`

/** One checklist item with its commune's state; each state is a submit button (works without JavaScript). */
export function ChecklistItem({ guideId, slug, item, progress, editable, isNew = false, recurrence = null, today }: Props) {
  const months = recurrence ? Number(recurrence) : null
  const due = months && progress?.state === 'done' && progress.doneOn ? dueState({ doneOn: progress.doneOn, months, today }) : null
  // An overdue recurring action counts as not done (« à refaire »).
  const shownState = due?.state === 'overdue' ? 'todo' : (progress?.state ?? 'none')
  const fieldId = `fait-le-${item.key}`
  return (
    <li
      id={actionAnchor(item.key)}
      className="checklist-item"
      data-item={item.key}
      data-state={shownState}
      data-new={isNew || undefined}
      data-due={due?.state}
    >
      <p className="checklist-item__label">
        {isNew && (
          <>
            <Badge tone="info" className="badge--new">
              Nouveau
            </Badge>{' '}
          </>
        )}
        {item.label}
      </p>
      {item.help && <p className="checklist-item__help">{item.help}</p>}
      {recurrence && (
        <p className="checklist-item__recurrence">
          <Badge tone="neutral">{recurrencePeriods[recurrence]}</Badge>
          {due && (
            <>
              {' '}
              <Badge tone={dueTones[due.state]}>{dueStates[due.state]}</Badge>{' '}
              <span data-testid="due">
                Fait le {longDate(noon(progress!.doneOn!))}, à refaire avant le {longDate(noon(due.due))}.
              </span>
            </>
          )}
          {progress?.proof && (
            <>
              {' '}
              <a href={progress.proof.url} download>
                Preuve : {progress.proof.name}
              </a>
            </>
          )}
        </p>
      )}
      {editable && (
        <form action={setChecklistState} className="state-buttons" aria-label={`État : ${item.label}`}>
          <input type="hidden" name="guide" value={guideId} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="itemKey" value={item.key} />
          {Object.entries(checklistStates)
            // A recurring action is recorded as done with its day and proof, in the form below.
            .filter(([state]) => !(recurrence && state === 'done'))
            .map(([state, label]) => (
              <button
                key={state}
                type="submit"
                name="state"
                value={state}
                aria-pressed={progress?.state === state}
                className={`state state--${state}`}
              >
                {label}
              </button>
            ))}
        </form>
      )}
      {editable && recurrence && (
        <ResultForm action={recordDone} className="done-form" label={`Fait : ${item.label}`}>
          <input type="hidden" name="guide" value={guideId} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="itemKey" value={item.key} />
          <Field
            id={fieldId}
            label="Fait le"
            hint={`Aujourd’hui par défaut (${numericDate(noon(today))}), jamais dans le futur.`}
            input={{ type: 'date', name: 'doneOn', defaultValue: today, max: today, required: true }}
          />
          <Field
            id={`preuve-${item.key}`}
            label="Preuve (facultatif)"
            hint="Un procès-verbal, une liste de présence : PDF ou image, 10 Mo au plus. Seuls votre commune et la coordination le voient."
            input={{ type: 'file', name: 'proof', accept: 'application/pdf,image/png,image/jpeg,image/webp' }}
          />
          <button type="submit" className="button button--secondary">
            {progress?.state === 'done' ? 'Enregistrer comme refait' : 'Enregistrer comme fait'}
          </button>
        </ResultForm>
      )}
      {progress && (
        <p className="checklist-item__who">
          {checklistStates[progress.state]} — {progress.updatedBy ?? 'quelqu’un'}, le {longDate(progress.updatedAt)}
        </p>
      )}
    </li>
  )
}
