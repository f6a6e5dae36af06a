import type { Payload } from 'payload'

import { type CalendarMethod, calendarFile } from '@/calendar/ics'
import type { EventMessage } from '@/email/templates/events'
import type { Event } from '@/payload-types'

import { eventCalendarEvent } from './calendar'

/**
 * An event e-mail with the event's .ics attached: PUBLISH to offer it (announcement), REQUEST to put it in a
 * registrant's calendar (accepted already), CANCEL to remove it from there. REQUEST and CANCEL name Relais as
 * ORGANIZER and the person as ATTENDEE, with the event's UID (RFC 5546). Each message to one person must carry a
 * higher SEQUENCE than the last she received, or her calendar ignores it: the event's own SEQUENCE (raised by its
 * changes and its cancellation) plus her registration's (raised by each unregistration and registration again).
 */
export async function sendEventMail(
  payload: Payload,
  to: { name: string; email: string },
  message: EventMessage,
  event: Event,
  method: CalendarMethod | null,
  personalSequence = 0,
) {
  // The message's language is the recipient's; the attached calendar file speaks it too.
  const calendarEvent = eventCalendarEvent(event, message.locale)
  const attachments = method
    ? [
        {
          filename: `evenement-${event.id}.ics`,
          content: calendarFile({
            name: 'Relais',
            method,
            locale: message.locale,
            events: [
              {
                ...calendarEvent,
                sequence: calendarEvent.sequence + personalSequence,
                cancelled: method === 'CANCEL' || Boolean(event.cancelled),
                ...(method === 'PUBLISH' ? {} : { attendees: [{ ...to, accepted: method === 'REQUEST' }] }),
              },
            ],
          }),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
        },
      ]
    : []
  await payload.sendEmail({ to: to.email, subject: message.subject, html: message.html, text: message.text, attachments })
}
