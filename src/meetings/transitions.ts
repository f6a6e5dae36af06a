import type { Payload, PayloadRequest } from 'payload'

import { sitsOn } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import type { InvitationKind } from '@/email/templates/meetingInvitation'
import { currentLocale, serverTranslator } from '@/i18n/server'
import type { Meeting, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { calendarFingerprint, fullAgenda } from './agenda'
import { committeeOf, leadsCommittee } from './committee'
import { sendInvitations } from './invitations'
import { hasStarted, nextStatuses } from './steps'
import { type MeetingStatus, meetingStatusKeys, meetingStatusLabels } from './vocabulary'

export type TransitionRequest = { to: string; reason?: string }

const transitionContext = { meetingTransition: true }

/** Copies the meeting's new status onto its items (what their access rules read) and re-indexes them. */
export async function syncItemStatus(req: PayloadRequest, meetingId: number) {
  await req.payload.update({
    collection: 'agenda-items',
    where: { meeting: { equals: meetingId } },
    data: {},
    req,
    context: transitionContext,
  })
}

export async function updateMeeting(req: PayloadRequest, id: number, data: Partial<Meeting>) {
  return (await req.payload.update({ collection: 'meetings', id, data, req, context: transitionContext })) as Meeting
}

/** Sends e-mails inside the transaction: if the mail server refuses, the status change is rolled back too. */
async function notify(req: PayloadRequest, kind: InvitationKind, meeting: Meeting): Promise<Result | number> {
  try {
    return await sendInvitations(req, kind, meeting, await committeeOf(req, meeting.committee), await fullAgenda(req, meeting.id))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Meeting ${meeting.id}: ${kind} e-mails failed` })
    return refuse(502, (await serverTranslator('meetings.transitions'))('mailFailed'))
  }
}

/**
 * Moves a meeting along its life: convene (sends the convocation with its .ics), close once held (every item needs
 * a decision or "pas de décision"), cancel (members' calendars drop the event). The meeting row is locked, so two
 * clicks at once cannot convene twice.
 */
export async function transitionMeeting(payload: Payload, user: User, id: number, request: TransitionRequest): Promise<Result> {
  const t = await serverTranslator('meetings.transitions')
  const locale = await currentLocale()
  const statuses = meetingStatusLabels(locale === 'de' ? 'de' : 'fr')
  // A status inside a French sentence is lower-case; German keeps its capital.
  const statusWord = (status: MeetingStatus) => (locale === 'de' ? statuses[status] : statuses[status].toLowerCase())
  const to = request.to as MeetingStatus
  if (!(meetingStatusKeys as readonly string[]).includes(to)) return refuse(400, t('unknownStatus'))
  if (request.reason !== undefined && (typeof request.reason !== 'string' || request.reason.length > 1000))
    return refuse(400, t('reasonTooLong'))
  return inTransaction(payload, user, async ({ req, lock }) => {
    await lock('meetings', id)
    const meeting = (await payload.findByID({ collection: 'meetings', id, depth: 0, req, disableErrors: true })) as Meeting | null
    if (!meeting || (meeting.status === 'planned' && !sitsOn(user, meeting.committeeSlug))) return refuse(404, t('unknown'))
    const committee = await committeeOf(req, meeting.committee)
    if (!leadsCommittee(user, committee)) return refuse(403, t('leadsOnly', { committee: committee.shortName }))
    if (to === 'approved') return refuse(409, t('approvedLater'))
    if (!nextStatuses[meeting.status].includes(to))
      return refuse(409, t('impossible', { from: statusWord(meeting.status), to: statusWord(to) }))

    const agenda = await fullAgenda(req, id)
    const now = new Date()
    if (to === 'convened') {
      if (!agenda.length) return refuse(409, t('emptyAgenda'))
      if (hasStarted(meeting, now)) return refuse(409, t('datePassed'))
      if (!meeting.place && !meeting.onlineUrl) return refuse(409, t('noPlace'))
      const convened = await updateMeeting(req, id, {
        status: 'convened',
        convenedAt: now.toISOString(),
        calendarSequence: 0,
        sentFingerprint: calendarFingerprint(meeting, agenda),
      })
      await syncItemStatus(req, id)
      const sent = await notify(req, 'convocation', convened)
      if (typeof sent !== 'number') return sent
      if (sent === 0) return refuse(409, t('noMembers', { committee: committee.shortName }))
      return done(t('convened', { count: sent }))
    }
    if (to === 'held') {
      if (!hasStarted(meeting, now)) return refuse(409, t('notYetHeld'))
      const open = agenda
        .map((item, index) => ({ item, number: index + 1 }))
        .filter(({ item }) => !item.decision?.trim() && !item.noDecision)
      if (open.length) return refuse(409, t('undecided', { items: open.map(({ item, number }) => `${number}. ${item.title}`).join(' ; ') }))
      await updateMeeting(req, id, { status: 'held', heldAt: now.toISOString() })
      await syncItemStatus(req, id)
      return done(t('held'))
    }
    // to === 'cancelled'
    const wasConvened = meeting.status === 'convened'
    const cancelled = await updateMeeting(req, id, {
      status: 'cancelled',
      cancellationReason: request.reason?.trim() || null,
      calendarSequence: (meeting.calendarSequence ?? 0) + (wasConvened ? 1 : 0),
    })
    await syncItemStatus(req, id)
    if (!wasConvened) return done(t('cancelled'))
    const sent = await notify(req, 'cancellation', cancelled)
    if (typeof sent !== 'number') return sent
    return done(t('cancelledNotified', { count: sent }))
  })
}

/** After a convened meeting changed (date, place, agenda…), sends the update: same UID, next SEQUENCE. */
export async function sendMeetingUpdate(payload: Payload, user: User, id: number): Promise<Result> {
  const t = await serverTranslator('meetings.transitions')
  return inTransaction(payload, user, async ({ req, lock }) => {
    await lock('meetings', id)
    const meeting = (await payload.findByID({ collection: 'meetings', id, depth: 0, req, disableErrors: true })) as Meeting | null
    if (!meeting || (meeting.status === 'planned' && !sitsOn(user, meeting.committeeSlug))) return refuse(404, t('unknown'))
    const committee = await committeeOf(req, meeting.committee)
    if (!leadsCommittee(user, committee)) return refuse(403, t('leadsOnlySend', { committee: committee.shortName }))
    if (meeting.status !== 'convened') return refuse(409, t('onlyConvened'))
    const agenda = await fullAgenda(req, id)
    const fingerprint = calendarFingerprint(meeting, agenda)
    if (fingerprint === meeting.sentFingerprint) return refuse(409, t('unchanged'))
    const updated = await updateMeeting(req, id, { calendarSequence: (meeting.calendarSequence ?? 0) + 1, sentFingerprint: fingerprint })
    const sent = await notify(req, 'update', updated)
    if (typeof sent !== 'number') return sent
    return done(t('updateSent', { count: sent }))
  })
}
