import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { AgendaItem, Meeting } from '@/payload-types'

/** Every item of a meeting in agenda order, whoever asks (for the system: convocations, checks). */
export async function fullAgenda(req: PayloadRequest, meetingId: number): Promise<AgendaItem[]> {
  const { docs } = await req.payload.find({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    sort: ['position', 'id'],
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  return docs
}

export const endOf = (meeting: Pick<Meeting, 'startsAt' | 'durationMinutes'>) =>
  new Date(new Date(meeting.startsAt).getTime() + meeting.durationMinutes * 60_000)

/** The agenda's planned time, to compare with the meeting's length. */
export const plannedMinutes = (items: Pick<AgendaItem, 'durationMinutes'>[]) =>
  items.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0)

/** What members' calendars and convocations show; when it changes after the convocation, an update is due. */
export function calendarFingerprint(meeting: Meeting, items: AgendaItem[]): string {
  const sent = {
    meeting: [meeting.title, meeting.startsAt, meeting.durationMinutes, meeting.place, meeting.onlineUrl],
    items: items.map((item) => [item.title, item.durationMinutes, item.presenter, item.confidential]),
  }
  return createHash('sha1').update(JSON.stringify(sent)).digest('hex')
}
