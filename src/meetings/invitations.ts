import type { PayloadRequest } from 'payload'

import { calendarFile, relaisOrganizer } from '@/calendar/ics'
import { publicUrl } from '@/config/runtime'
import { agendaLines, type InvitationContent, type InvitationKind, invitationMessage } from '@/email/templates/meetingInvitation'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { recipientLocale } from '@/i18n/recipient'
import { translatorFor } from '@/i18n/translator'
import type { AgendaItem, Committee, Meeting } from '@/payload-types'

import { endOf } from './agenda'
import { convenedMembers } from './committee'

/** The calendar UID of a meeting: stable, so that updates and cancellations replace the same event. */
export const meetingUid = (meeting: Pick<Meeting, 'id'>) => `seance-${meeting.id}@relais`

/** The meeting as a calendar event, with the agenda the reader may see as its description, in the reader's language. */
export function meetingEvent(
  meeting: Meeting,
  committee: Pick<Committee, 'shortName'>,
  agenda: AgendaItem[],
  locale: Locale = defaultLocale,
) {
  const t = translatorFor(locale, 'calendar')
  return {
    uid: meetingUid(meeting),
    sequence: meeting.calendarSequence ?? 0,
    start: new Date(meeting.startsAt),
    end: endOf(meeting),
    summary: t('meetingSummary', { committee: committee.shortName, title: meeting.title }),
    description: [t('agenda'), ...agendaLines(agenda, locale)].join('\n'),
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
  // One calendar file per language: each member receives the e-mail and its invitation in their own.
  const icsIn = new Map<Locale, string>()
  const ics = (locale: Locale) => {
    if (!icsIn.has(locale))
      icsIn.set(
        locale,
        calendarFile({
          name: committee.shortName,
          method,
          locale,
          events: [{ ...meetingEvent(meeting, committee, agenda, locale), organizer, attendees }],
        }),
      )
    return icsIn.get(locale)!
  }
  for (const member of members) {
    const locale = await recipientLocale(req.payload, member)
    const message = invitationMessage(member.name, content, locale)
    await req.payload.sendEmail({
      to: member.email,
      subject: message.subject,
      html: message.html,
      text: message.text,
      icalEvent: { method, filename: `seance-${meeting.id}.ics`, content: ics(locale) },
    })
  }
  return members.length
}
