import type { PayloadRequest } from 'payload'

import { calendarFile, relaisOrganizer } from '@/calendar/ics'
import { publicUrl } from '@/config/runtime'
import {
  agendaLines,
  type InvitationKind,
  invitationHtml,
  invitationSubject,
  type InvitationContent,
} from '@/email/templates/meetingInvitation'
import type { AgendaItem, Committee, Meeting } from '@/payload-types'

import { endOf } from './agenda'
import { convenedMembers } from './committee'

/** The calendar UID of a meeting: stable, so that updates and cancellations replace the same event. */
export const meetingUid = (meeting: Pick<Meeting, 'id'>) => `seance-${meeting.id}@relais`

/** The meeting as a calendar event, with the agenda the reader may see as its description. */
export function meetingEvent(meeting: Meeting, committee: Pick<Committee, 'shortName'>, agenda: AgendaItem[]) {
  return {
    uid: meetingUid(meeting),
    sequence: meeting.calendarSequence ?? 0,
    start: new Date(meeting.startsAt),
    end: endOf(meeting),
    summary: `${committee.shortName} : ${meeting.title}`,
    description: ['Ordre du jour :', ...agendaLines(agenda)].join('\n'),
    location: [meeting.place, meeting.onlineUrl].filter(Boolean).join(' · ') || null,
    url: `${publicUrl()}/seances/${meeting.id}`,
    cancelled: meeting.status === 'cancelled',
  }
}

/**
 * Sends the convocation, an update or a cancellation to every current member of the committee: one e-mail each,
 * with the agenda and the calendar invitation (same UID; the meeting's SEQUENCE, raised by the caller). Committee
 * members see confidential items, so the convocation lists them, marked as such.
 */
export async function sendInvitations(
  req: PayloadRequest,
  kind: InvitationKind,
  meeting: Meeting,
  committee: Committee,
  agenda: AgendaItem[],
) {
  const members = await convenedMembers(req, committee)
  const content: InvitationContent = {
    kind,
    committee: committee.shortName,
    title: meeting.title,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    onlineUrl: meeting.onlineUrl,
    agenda,
    reason: meeting.cancellationReason,
    url: `${publicUrl()}/seances/${meeting.id}`,
  }
  const method = kind === 'cancellation' ? 'CANCEL' : 'REQUEST'
  const organizer = { ...relaisOrganizer(), name: committee.shortName }
  const attendees = members.map((m) => ({ name: m.name, email: m.email }))
  const ics = calendarFile({
    name: committee.shortName,
    method,
    events: [{ ...meetingEvent(meeting, committee, agenda), organizer, attendees }],
  })
  for (const member of members) {
    await req.payload.sendEmail({
      to: member.email,
      subject: invitationSubject(content),
      html: invitationHtml(member.name, content),
      icalEvent: { method, filename: `seance-${meeting.id}.ics`, content: ics },
    })
  }
  return members.length
}
