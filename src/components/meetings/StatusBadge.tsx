import { type MeetingStatus, meetingStatuses } from '@/meetings/vocabulary'

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge badge--meeting-${status}`}>{meetingStatuses[status]}</span>
}
