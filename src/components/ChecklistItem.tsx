import { recordDone, setChecklistState } from '@/checklists/actions'
import type { ItemProgress } from '@/checklists/communeProgress'
import { actionAnchor } from '@/checklists/nextAction'
import { type Due, dueState } from '@/checklists/recurrence'
import { checklistStates, type RecurrencePeriod } from '@/checklists/vocabulary'
import { longDate, numericDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

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
export async function ChecklistItem({ guideId, slug, item, progress, editable, isNew = false, recurrence = null, today }: Props) {
  const [t, vocab, locale] = await Promise.all([getTranslations('checklists.item'), getTranslations('vocab.checklists'), requestLocale()])
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
              {t('new')}
            </Badge>{' '}
          </>
        )}
        {item.label}
      </p>
      {item.help && <p className="checklist-item__help">{item.help}</p>}
      {recurrence && (
        <p className="checklist-item__recurrence">
          <Badge tone="neutral">{vocab(`recurrence.${recurrence}`)}</Badge>
          {due && (
            <>
              {' '}
              <Badge tone={dueTones[due.state]}>{vocab(`due.${due.state}`)}</Badge>{' '}
              <span data-testid="due">
                {t('due', { done: longDate(noon(progress!.doneOn!), locale), due: longDate(noon(due.due), locale) })}
              </span>
            </>
          )}
          {progress?.proof && (
            <>
              {' '}
              <a href={progress.proof.url} download>
                {t('proof', { name: progress.proof.name })}
              </a>
            </>
          )}
        </p>
      )}
      {editable && (
        <form action={setChecklistState} className="state-buttons" aria-label={t('stateLabel', { label: item.label })}>
          <input type="hidden" name="guide" value={guideId} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="itemKey" value={item.key} />
          {checklistStates
            // A recurring action is recorded as done with its day and proof, in the form below.
            .filter((state) => !(recurrence && state === 'done'))
            .map((state) => (
              <button
                key={state}
                type="submit"
                name="state"
                value={state}
                aria-pressed={progress?.state === state}
                className={`state state--${state}`}
              >
                {vocab(`states.${state}`)}
              </button>
            ))}
        </form>
      )}
      {editable && recurrence && (
        <ResultForm action={recordDone} className="done-form" label={t('doneLabel', { label: item.label })}>
          <input type="hidden" name="guide" value={guideId} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="itemKey" value={item.key} />
          <Field
            id={fieldId}
            label={t('doneOn')}
            hint={t('doneOnHint', { today: numericDate(noon(today), locale) })}
            input={{ type: 'date', name: 'doneOn', defaultValue: today, max: today, required: true }}
          />
          <Field
            id={`preuve-${item.key}`}
            label={t('proofField')}
            hint={t('proofHint')}
            input={{ type: 'file', name: 'proof', accept: 'application/pdf,image/png,image/jpeg,image/webp' }}
          />
          <button type="submit" className="button button--secondary">
            {progress?.state === 'done' ? t('recordAgain') : t('record')}
          </button>
        </ResultForm>
      )}
      {progress && (
        <p className="checklist-item__who">
          {t('who', {
            state: vocab(`states.${progress.state}`),
            name: progress.updatedBy ?? t('someone'),
            date: longDate(progress.updatedAt, locale),
          })}
        </p>
      )}
    </li>
  )
}
