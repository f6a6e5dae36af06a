import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { actionStatusAction } from '@/meetings/actions/actionItem'
import { actionStatuses } from '@/meetings/vocabulary'
import type { ActionItem } from '@/payload-types'

const today = () => new Date().toISOString().slice(0, 10)
export const isOverdue = (action: ActionItem) => action.status === 'open' && action.dueDate.slice(0, 10) < today()

/** Actions with owner, due date and status; overdue ones stand out; whoever may edit one can mark it done. */
export function ActionItemList({
  actions,
  canUpdate,
  showMeeting,
}: {
  actions: ActionItem[]
  canUpdate: (action: ActionItem) => boolean
  showMeeting?: boolean
}) {
  if (!actions.length) return <p>Aucune action.</p>
  return (
    <table className="actions table-cards">
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Responsable</th>
          <th scope="col">Échéance</th>
          <th scope="col">Statut</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id} className={isOverdue(action) ? 'overdue' : undefined}>
            <td data-label="Action">
              {action.title}
              {showMeeting && typeof action.meeting === 'number' && (
                <div className="muted">
                  <a href={`/seances/${action.meeting}`}>Séance d’origine</a>
                </div>
              )}
            </td>
            <td data-label="Responsable">{action.ownerName}</td>
            <td data-label="Échéance">
              {longDate(action.dueDate)}
              {isOverdue(action) && <strong> — en retard</strong>}
            </td>
            <td data-label="Statut">
              {actionStatuses[action.status]}
              {canUpdate(action) && action.status === 'open' && (
                <ResultForm action={actionStatusAction} label={`Marquer « ${action.title} » comme faite`}>
                  <input type="hidden" name="action" value={action.id} />
                  <Button name="status" value="done" variant="secondary" className="no-print">
                    Marquer comme faite
                  </Button>
                </ResultForm>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
