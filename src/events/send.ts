import type { Payload } from 'payload'

import { type CalendarMethod, calendarFile } from '@/calendar/ics'
import type { EventMessage } from '@/email/templates/events'
import type { Event } from '@/payload-types'

import { eventCalendarEvent } from './calendar'

/** An event e-mail with the event's .ics attached (PUBLISH to add or update it, CANCEL to remove it). */
export async function sendEventMail(payload: Payload, to: string, message: EventMessage, event: Event, method: CalendarMethod | null) {
  const attachments = method
    ? [
        {
          filename: `evenement-${event.id}.ics`,
          content: calendarFile({
            name: 'Relais',
            method,
            events: [{ ...eventCalendarEvent(event), cancelled: method === 'CANCEL' || Boolean(event.cancelled) }],
          }),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
        },
      ]
    : []
  await payload.sendEmail({ to, subject: message.subject, html: message.html, attachments })
}
