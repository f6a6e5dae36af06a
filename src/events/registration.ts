import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
import { registrationMessage } from '@/email/templates/events'
import { longDateTime } from '@/format/dates'
import type { Commune, Event, Registration, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { lockedEvent } from './lockedEvent'
import { sendEventMail } from './send'
import type { RegistrationStatus } from './vocabulary'

type Mail = { to: string; name: string; kind: Parameters<typeof registrationMessage>[0]; sequence: number }
export type RegistrationOutcome = Result & { registration?: RegistrationStatus }

const active = (r: Registration | undefined) => r && r.status !== 'cancelled'

async function registrationOf(payload: Payload, req: { transactionID?: unknown }, eventId: number, userId: number) {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { user: { equals: userId } }] },
    depth: 0,
    limit: 1,
    req: req as never,
  })
  return docs[0] as Registration | undefined
}

/** Sends after the commit; a mail server that fails does not undo a registration, it is logged. */
async function deliver(payload: Payload, event: Event, mails: Mail[]) {
  for (const mail of mails) {
    const method = mail.kind === 'unregistered' ? 'CANCEL' : mail.kind === 'waitlisted' ? null : 'REQUEST'
    await sendEventMail(
      payload,
      { name: mail.name, email: mail.to },
      registrationMessage(mail.kind, mail.name, event),
      event,
      method,
      mail.sequence,
    ).catch((err) => payload.logger.error({ err, msg: `Event ${event.id}: ${mail.kind} e-mail to ${mail.to} failed` }))
  }
}

/** What stops a registration now: unknown, unpublished, cancelled, started or past its deadline. */
function closedReason(event: Event | null, now: Date): Result | null {
  if (!event || event._status !== 'published') return refuse(404, 'Cet événement n’existe pas.')
  if (event.cancelled) return refuse(409, 'Cet événement est annulé.')
  if (new Date(event.startsAt) <= now) return refuse(409, 'Cet événement a déjà commencé : les inscriptions sont closes.')
  if (event.registrationDeadline && new Date(event.registrationDeadline) < now)
    return refuse(409, `Les inscriptions sont closes depuis le ${longDateTime(event.registrationDeadline)}.`)
  return null
}

/**
 * Registers the user, or puts them on the waiting list when the event is full. The event row is locked for the
 * count and the write, so concurrent registrations are taken one after the other and never overbook.
 */
export async function register(payload: Payload, user: User, eventId: number): Promise<RegistrationOutcome> {
  let event: Event | null = null
  let status: RegistrationStatus = 'confirmed'
  let sequence = 0
  const outcome: Result = await inTransaction(payload, user, async (tx): Promise<Result> => {
    const { req } = tx
    event = await lockedEvent(payload, tx, eventId)
    const closed = closedReason(event, new Date())
    if (closed) return closed
    const existing = await registrationOf(payload, req, eventId, user.id)
    if (active(existing))
      return refuse(409, existing!.status === 'waitlisted' ? 'Vous êtes déjà sur la liste d’attente.' : 'Vous êtes déjà inscrit·e.')
    const confirmed = await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] },
      req,
    })
    status = event!.capacity && confirmed.totalDocs >= event!.capacity ? 'waitlisted' : 'confirmed'
    const commune = user.commune
      ? ((await payload.findByID({
          collection: 'communes',
          id: typeof user.commune === 'object' ? user.commune.id : user.commune,
          depth: 0,
          req,
        })) as Commune)
      : null
    const data = {
      status,
      userName: user.name,
      userEmail: user.email,
      communeName: commune?.name ?? null,
      registeredAt: new Date().toISOString(),
      promotedAt: null,
      attended: false,
      calendarSequence: (sequence = existing ? (existing.calendarSequence ?? 0) + 1 : 0),
    }
    if (existing) await payload.update({ collection: 'registrations', id: existing.id, data, req })
    else await payload.create({ collection: 'registrations', data: { ...data, event: eventId, user: user.id }, req })
    return status === 'confirmed'
      ? done('Inscription confirmée : un e-mail avec l’invitation (.ics) vous a été envoyé.')
      : done('L’événement est complet : vous êtes sur la liste d’attente et serez prévenu·e si une place se libère.')
  })
  if (outcome.ok && event) await deliver(payload, event, [{ to: user.email, name: user.name, kind: status, sequence }])
  return outcome.ok ? { ...outcome, registration: status } : outcome
}

/** Cancels the user's registration; a confirmed place that frees up goes to the first person waiting. */
export async function unregister(payload: Payload, user: User, eventId: number): Promise<Result> {
  let event: Event | null = null
  const mails: Mail[] = []
  const outcome = await inTransaction(payload, user, async (tx) => {
    const { req } = tx
    event = await lockedEvent(payload, tx, eventId)
    if (!event || event._status !== 'published') return refuse(404, 'Cet événement n’existe pas.')
    const existing = await registrationOf(payload, req, eventId, user.id)
    if (!active(existing)) return refuse(404, 'Vous n’êtes pas inscrit·e à cet événement.')
    const sequence = (existing!.calendarSequence ?? 0) + 1
    await payload.update({ collection: 'registrations', id: existing!.id, data: { status: 'cancelled', calendarSequence: sequence }, req })
    if (existing!.status === 'confirmed') mails.push({ to: user.email, name: user.name, kind: 'unregistered', sequence })
    if (existing!.status === 'confirmed' && !event.cancelled && new Date(event.startsAt) > new Date()) {
      const { docs } = await payload.find({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
        sort: ['registeredAt', 'id'],
        limit: 1,
        depth: 0,
        req,
      })
      const next = docs[0]
      if (next) {
        await payload.update({
          collection: 'registrations',
          id: next.id,
          data: { status: 'confirmed', promotedAt: new Date().toISOString(), calendarSequence: (next.calendarSequence ?? 0) + 1 },
          req,
        })
        const sequence = (next.calendarSequence ?? 0) + 1
        if (next.userEmail) mails.push({ to: next.userEmail, name: next.userName ?? '', kind: 'promoted', sequence })
      }
    }
    return done('Désinscription enregistrée.')
  })
  if (outcome.ok && event) await deliver(payload, event, mails)
  return outcome
}
