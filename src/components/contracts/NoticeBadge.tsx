import type { ContractView } from '@/contracts/view'
import { longDate } from '@/format/dates'

/** The last day to give notice, flagged when it is within 90 days or already past. */
export function NoticeBadge({ view }: { view: ContractView }) {
  const deadline = view.contract.noticeDeadline
  if (!deadline) return <span className="muted">Échéance non renseignée</span>
  if (view.notice === 'passed')
    return (
      <span>
        {longDate(deadline)} <span className="badge badge--rejected">délai passé</span>
      </span>
    )
  if (view.notice === 'soon')
    return (
      <span>
        {longDate(deadline)}{' '}
        <span className="badge badge--pending">
          dans {view.daysLeft} jour{view.daysLeft === 1 ? '' : 's'}
        </span>
      </span>
    )
  return <span>{longDate(deadline)}</span>
}
