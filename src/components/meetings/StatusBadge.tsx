import { getTranslations } from '@/i18n/getTranslations'
import type { MeetingStatus } from '@/meetings/vocabulary'

export async function StatusBadge({ status }: { status: MeetingStatus }) {
  const t = await getTranslations('vocab.meetings.statuses')
  return <span className={`badge badge--meeting-${status}`}>{t(status)}</span>
}
