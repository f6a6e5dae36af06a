import type { Payload, TaskConfig, Where } from 'payload'

import { inTransaction } from '@/db/transaction'
import { announcementMessage, eventCancelledMessage } from '@/email/templates/events'
import { recipientLocale } from '@/i18n/recipient'
import type { Event, User } from '@/payload-types'
import { done, refuse } from '@/result'

import { lockedEvent } from './lockedEvent'
import { sendEventMail } from './send'
import type { AnnouncementAudience } from './vocabulary'

export const eventMailQueue = 'mail'

const audienceWhere: Record<AnnouncementAudience, Where> = {
  all: {},
  validators: { communeValidator: { equals: true } },
  referents: { communeReferent: { equals: true } },
  committees: { or: [{ roles: { contains: 'cotec' } }, { roles: { contains: 'copil' } }] },
}

async function recipients(payload: Payload, audience: AnnouncementAudience): Promise<User[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ disabled: { not_equals: true } }, audienceWhere[audience]] },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return docs
}

/**
 * Sends the announcement of an event, or the cancellation notice to its registrants, exactly once: the event is
 * locked and the sending claimed (an `event-mailings` row, unique per event and kind) in one transaction, so a
 * second job finds it done; the e-mails go out after the claim, without holding the lock that registrations
 * need. A failed message is logged; the row records how many went out.
 */
export async function sendEventMails(payload: Payload, eventId: number, kind: 'announcement' | 'cancellation'): Promise<number> {
  let event: Event | null = null
  let mailing = 0
  const claim = await inTransaction(payload, null, async (tx) => {
    const { req } = tx
    event = await lockedEvent(payload, tx, eventId)
    if (!event || event._status !== 'published') return refuse(404, 'gone')
    if (kind === 'announcement' ? !event.announce || event.cancelled : !event.cancelled) return refuse(409, 'not asked for')
    const sent = await payload.count({
      collection: 'event-mailings',
      where: { and: [{ event: { equals: eventId } }, { kind: { equals: kind } }] },
      req,
    })
    if (sent.totalDocs) return refuse(409, 'already sent')
    mailing = (await payload.create({ collection: 'event-mailings', data: { event: eventId, kind }, req })).id
    return done('claimed')
  })
  if (!claim.ok || !event) return 0
  const claimed: Event = event
  const mails =
    kind === 'announcement'
      ? await Promise.all(
          (await recipients(payload, claimed.announceTo ?? 'all')).map(async (user) => ({
            to: { name: user.name, email: user.email },
            message: announcementMessage(user.name, claimed, await recipientLocale(payload, user)),
            method: 'PUBLISH' as const,
            sequence: 0,
          })),
        )
      : await Promise.all(
          (await registrantsOf(payload, eventId)).map(async (r) => ({
            to: { name: r.userName ?? '', email: r.userEmail! },
            message: eventCancelledMessage(r.userName ?? '', claimed, await recipientLocale(payload, await accountOf(payload, r.user))),
            // Only a confirmed registrant received the event (REQUEST); the waiting list has nothing to remove.
            method: r.status === 'confirmed' ? ('CANCEL' as const) : null,
            sequence: r.calendarSequence ?? 0,
          })),
        )
  let sent = 0
  for (const mail of mails) {
    await sendEventMail(payload, mail.to, mail.message, claimed, mail.method, mail.sequence).then(
      () => sent++,
      (err) => payload.logger.error({ err, msg: `Event ${eventId}: ${kind} e-mail to ${mail.to.email} failed` }),
    )
  }
  await payload.update({ collection: 'event-mailings', id: mailing, data: { recipients: sent } })
  return sent
}

/** The language of a registrant's account (null when the account is gone: the instance's default then). */
async function accountOf(payload: Payload, user: number | User | null | undefined): Promise<Pick<User, 'locale'> | null> {
  if (user && typeof user === 'object') return user
  if (!user) return null
  return (await payload.findByID({ collection: 'users', id: user, depth: 0, select: { locale: true }, disableErrors: true })) as Pick<
    User,
    'locale'
  > | null
}

async function registrantsOf(payload: Payload, eventId: number) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { in: ['confirmed', 'waitlisted'] } }, { userEmail: { exists: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return docs
}

export const eventMailTask: TaskConfig<'eventMail'> = {
  slug: 'eventMail',
  label: 'Event announcement or cancellation e-mail',
  inputSchema: [
    { name: 'eventId', type: 'number', required: true },
    { name: 'kind', type: 'select', options: ['announcement', 'cancellation'], required: true },
  ],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { sent: await sendEventMails(req.payload, input.eventId, input.kind) } }),
}
