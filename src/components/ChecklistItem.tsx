import { setChecklistState } from '@/checklists/actions'
import type { ItemProgress } from '@/checklists/communeProgress'
import { actionAnchor } from '@/checklists/nextAction'
import { checklistStates } from '@/checklists/vocabulary'
import { longDate } from '@/format/dates'

import { Badge } from './ui/Badge'

type Props = {
  guideId: number
  slug: string
  item: { key: string; label: string; help: string | null }
  progress: ItemProgress | null
  editable: boolean
  /** Added to the guide lately and not answered by the commune yet (src/follow/guideChanges.ts). */
  isNew?: boolean
}

/** One checklist item with its commune's state; each state is a submit button (works without JavaScript). */
export function ChecklistItem({ guideId, slug, item, progress, editable, isNew = false }: Props) {
  return (
    <li
      id={actionAnchor(item.key)}
      className="checklist-item"
      data-item={item.key}
      data-state={progress?.state ?? 'none'}
      data-new={isNew || undefined}
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
      {editable && (
        <form action={setChecklistState} className="state-buttons" aria-label={`État : ${item.label}`}>
          <input type="hidden" name="guide" value={guideId} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="itemKey" value={item.key} />
          {Object.entries(checklistStates).map(([state, label]) => (
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
      {progress && (
        <p className="checklist-item__who">
          {checklistStates[progress.state]} — {progress.updatedBy ?? 'quelqu’un'}, le {longDate(progress.updatedAt)}
        </p>
      )}
    </li>
  )
}
