import { type MeetingStatus, meetingStatuses } from '../../../collections/Meetings/options'

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge badge--meeting-${status}`}>{meetingStatuses[status]}</span>
}
