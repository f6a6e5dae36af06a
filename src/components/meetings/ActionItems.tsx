import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { actionStatusAction } from '@/meetings/actions/actionItem'
import type { ActionItem } from '@/payload-types'

const today = () => new Date().toISOString().slice(0, 10)
export const isOverdue = (action: ActionItem) => action.status === 'open' && action.dueDate.slice(0, 10) < today()

/** Actions with owner, due date and status; overdue ones stand out; whoever may edit one can mark it done. */
export async function ActionItemList({
  actions,
  canUpdate,
  showMeeting,
}: {
  actions: ActionItem[]
  canUpdate: (action: ActionItem) => boolean
  showMeeting?: boolean
}) {
  const [t, statuses, locale] = await Promise.all([
    getTranslations('meetings.actionItems'),
    getTranslations('vocab.meetings.actionStatuses'),
    requestLocale(),
  ])
  if (!actions.length) return <p>{t('none')}</p>
  return (
    <table className="actions table-cards">
      <thead>
        <tr>
          <th scope="col">{t('action')}</th>
          <th scope="col">{t('owner')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('status')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id} className={isOverdue(action) ? 'overdue' : undefined}>
            <td data-label={t('action')}>
              <span lang="fr">{action.title}</span>
              {showMeeting && typeof action.meeting === 'number' && (
                <div className="muted">
                  <a href={`/seances/${action.meeting}`}>{t('origin')}</a>
                </div>
              )}
            </td>
            <td data-label={t('owner')}>{action.ownerName}</td>
            <td data-label={t('due')}>
              {longDate(action.dueDate, locale)}
              {isOverdue(action) && <strong> — {t('overdue')}</strong>}
            </td>
            <td data-label={t('status')}>
              {statuses(action.status)}
              {canUpdate(action) && action.status === 'open' && (
                <ResultForm action={actionStatusAction} label={t('markDoneOf', { title: action.title })}>
                  <input type="hidden" name="action" value={action.id} />
                  <Button name="status" value="done" variant="secondary" className="no-print">
                    {t('markDone')}
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
