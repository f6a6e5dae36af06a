import type { Payload } from 'payload'

import { type CalendarMethod, calendarFile } from '@/calendar/ics'
import type { EventMessage } from '@/email/templates/events'
import type { Event } from '@/payload-types'

import { eventCalendarEvent } from './calendar'

/**
 * An event e-mail with the event's .ics attached: PUBLISH to offer it (announcement), REQUEST to put it in a
 * registrant's calendar (accepted already), CANCEL to remove it from there. REQUEST and CANCEL name Relais as
 * ORGANIZER and the person as ATTENDEE, with the event's UID (RFC 5546). A CANCEL's SEQUENCE must exceed the
 * REQUEST's: cancelling the event raised it already; an unregistration adds one.
 */
export async function sendEventMail(
  payload: Payload,
  to: { name: string; email: string },
  message: EventMessage,
  event: Event,
  method: CalendarMethod | null,
) {
  const calendarEvent = eventCalendarEvent(event)
  const attachments = method
    ? [
        {
          filename: `evenement-${event.id}.ics`,
          content: calendarFile({
            name: 'Relais',
            method,
            events: [
              {
                ...calendarEvent,
                sequence: calendarEvent.sequence + (method === 'CANCEL' && !event.cancelled ? 1 : 0),
                cancelled: method === 'CANCEL' || Boolean(event.cancelled),
                ...(method === 'PUBLISH' ? {} : { attendees: [{ ...to, accepted: method === 'REQUEST' }] }),
              },
            ],
          }),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
        },
      ]
    : []
  await payload.sendEmail({ to: to.email, subject: message.subject, html: message.html, attachments })
}
