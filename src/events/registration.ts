import type { Payload } from 'payload'

import { inTransaction } from '@/db/transaction'
import { registrationMessage } from '@/email/templates/events'
import { longDateTime } from '@/format/dates'
import type { UiLocale } from '@/i18n/locales'
import { recipientLocale } from '@/i18n/recipient'
import { currentLocale, serverTranslator } from '@/i18n/server'
import type { Commune, Event, Registration, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { lockedEvent } from './lockedEvent'
import { sendEventMail } from './send'
import type { RegistrationStatus } from './vocabulary'

/** `person`: the account the e-mail goes to, whose language it is written in. */
type Mail = { to: string; name: string; kind: Parameters<typeof registrationMessage>[0]; sequence: number; person: number | null }
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

const relationId = (value: number | { id: number } | null | undefined) =>
  typeof value === 'object' ? (value?.id ?? null) : (value ?? null)

/** Sends after the commit; a mail server that fails does not undo a registration, it is logged. */
async function deliver(payload: Payload, event: Event, mails: Mail[]) {
  for (const mail of mails) {
    const method = mail.kind === 'unregistered' ? 'CANCEL' : mail.kind === 'waitlisted' ? null : 'REQUEST'
    const locale = await recipientLocale(payload, await personOf(payload, mail.person))
    await sendEventMail(
      payload,
      { name: mail.name, email: mail.to },
      registrationMessage(mail.kind, mail.name, event, locale),
      event,
      method,
      mail.sequence,
    ).catch((err) => payload.logger.error({ err, msg: `Event ${event.id}: ${mail.kind} e-mail to ${mail.to} failed` }))
  }
}

/** The account's language (`locale` only), or null for a registration without an account. */
async function personOf(payload: Payload, id: number | null): Promise<Pick<User, 'locale'> | null> {
  if (!id) return null
  return payload.findByID({ collection: 'users', id, depth: 0, select: { locale: true }, disableErrors: true }) as Promise<Pick<
    User,
    'locale'
  > | null>
}

type Translate = Awaited<ReturnType<typeof serverTranslator>>

/** What stops a registration now: unknown, unpublished, cancelled, started or past its deadline. */
function closedReason(event: Event | null, now: Date, t: Translate, locale: UiLocale): Result | null {
  if (!event || event._status !== 'published') return refuse(404, t('unknown'))
  if (event.cancelled) return refuse(409, t('cancelled'))
  if (new Date(event.startsAt) <= now) return refuse(409, t('started'))
  if (event.registrationDeadline && new Date(event.registrationDeadline) < now)
    return refuse(409, t('closedSince', { date: longDateTime(event.registrationDeadline, locale) }))
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
  // Before the transaction: the request's language may be read from the database, on a connection of its own, which
  // must not be awaited while holding the event's lock (ten people registering at once would starve the pool).
  const [t, locale] = await Promise.all([serverTranslator('events.registration'), currentLocale()])
  const outcome: Result = await inTransaction(payload, user, async (tx): Promise<Result> => {
    const { req } = tx
    event = await lockedEvent(payload, tx, eventId)
    const closed = closedReason(event, new Date(), t, locale)
    if (closed) return closed
    const existing = await registrationOf(payload, req, eventId, user.id)
    if (active(existing)) return refuse(409, t(existing!.status === 'waitlisted' ? 'alreadyWaiting' : 'alreadyRegistered'))
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
    return status === 'confirmed' ? done(t('confirmed')) : done(t('waitlisted'))
  })
  if (outcome.ok && event) await deliver(payload, event, [{ to: user.email, name: user.name, kind: status, sequence, person: user.id }])
  return outcome.ok ? { ...outcome, registration: status } : outcome
}

/** Cancels the user's registration; a confirmed place that frees up goes to the first person waiting. */
export async function unregister(payload: Payload, user: User, eventId: number): Promise<Result> {
  let event: Event | null = null
  const mails: Mail[] = []
  const t = await serverTranslator('events.registration')
  const outcome = await inTransaction(payload, user, async (tx) => {
    const { req } = tx
    event = await lockedEvent(payload, tx, eventId)
    if (!event || event._status !== 'published') return refuse(404, t('unknown'))
    const existing = await registrationOf(payload, req, eventId, user.id)
    if (!active(existing)) return refuse(404, t('notRegistered'))
    const sequence = (existing!.calendarSequence ?? 0) + 1
    await payload.update({ collection: 'registrations', id: existing!.id, data: { status: 'cancelled', calendarSequence: sequence }, req })
    if (existing!.status === 'confirmed') mails.push({ to: user.email, name: user.name, kind: 'unregistered', sequence, person: user.id })
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
        if (next.userEmail)
          mails.push({ to: next.userEmail, name: next.userName ?? '', kind: 'promoted', sequence, person: relationId(next.user) })
      }
    }
    return done(t('unregistered'))
  })
  if (outcome.ok && event) await deliver(payload, event, mails)
  return outcome
}
