import { longDate } from '@/format/dates'
import { committeeLabel, meetingStatuses } from '@/meetings/vocabulary'
import type { Meeting } from '@/payload-types'
import { searchDocument } from '@/search/document'

/** A draft (planned) meeting is found by its committee only; attendance only once the minutes are approved. */
export const meetingSearchDocument = (meeting: Meeting) =>
  searchDocument({
    collection: 'meetings',
    docId: String(meeting.id),
    type: 'seance',
    title: `${committeeLabel(meeting.committeeSlug)} : ${meeting.title} du ${longDate(meeting.startsAt)}`,
    text: [meetingStatuses[meeting.status], meeting.place, meeting.status === 'approved' ? meeting.attendance : null]
      .filter(Boolean)
      .join('\n'),
    url: `/seances/${meeting.id}`,
    visibility: meeting.status === 'planned' ? `committee:${meeting.committeeSlug}` : 'members',
  })
