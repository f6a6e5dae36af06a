import type { Payload, PayloadRequest } from 'payload'

import { sitsOn } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import type { InvitationKind } from '@/email/templates/meetingInvitation'
import type { Meeting, User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { calendarFingerprint, fullAgenda } from './agenda'
import { committeeOf, leadsCommittee } from './committee'
import { sendInvitations } from './invitations'
import { hasStarted, nextStatuses } from './steps'
import { type MeetingStatus, meetingStatuses } from './vocabulary'

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
    return refuse(502, 'L’envoi des e-mails a échoué (serveur de messagerie indisponible) : rien n’a été changé, réessayez dans un moment.')
  }
}

const people = (count: number) => (count === 1 ? '1 membre' : `${count} membres`)

/**
 * Moves a meeting along its life: convene (sends the convocation with its .ics), close once held (every item needs
 * a decision or "pas de décision"), cancel (members' calendars drop the event). The meeting row is locked, so two
 * clicks at once cannot convene twice.
 */
export async function transitionMeeting(payload: Payload, user: User, id: number, request: TransitionRequest): Promise<Result> {
  const to = request.to as MeetingStatus
  if (!Object.hasOwn(meetingStatuses, to)) return refuse(400, 'Statut inconnu : choisissez convoquée, tenue ou annulée.')
  if (request.reason !== undefined && (typeof request.reason !== 'string' || request.reason.length > 1000))
    return refuse(400, 'Le motif est un texte de 1000 caractères au plus.')
  return inTransaction(payload, user, async ({ req, lock }) => {
    await lock('meetings', id)
    const meeting = (await payload.findByID({ collection: 'meetings', id, depth: 0, req, disableErrors: true })) as Meeting | null
    if (!meeting || (meeting.status === 'planned' && !sitsOn(user, meeting.committeeSlug))) return refuse(404, 'Cette séance n’existe pas.')
    const committee = await committeeOf(req, meeting.committee)
    if (!leadsCommittee(user, committee))
      return refuse(
        403,
        `Seuls la présidence et le secrétariat du ${committee.shortName} (ou la coordination) changent le statut d’une séance.`,
      )
    if (to === 'approved') return refuse(409, 'Le procès-verbal s’approuve lors de la séance suivante, comme point de son ordre du jour.')
    if (!nextStatuses[meeting.status].includes(to))
      return refuse(
        409,
        `Une séance « ${meetingStatuses[meeting.status].toLowerCase()} » ne peut pas passer à « ${meetingStatuses[to].toLowerCase()} ».`,
      )

    const agenda = await fullAgenda(req, id)
    const now = new Date()
    if (to === 'convened') {
      if (!agenda.length) return refuse(409, 'L’ordre du jour est vide : ajoutez au moins un point avant de convoquer.')
      if (hasStarted(meeting, now)) return refuse(409, 'La date de la séance est passée : corrigez-la avant de convoquer.')
      if (!meeting.place && !meeting.onlineUrl) return refuse(409, 'Indiquez le lieu ou le lien de visioconférence avant de convoquer.')
      const convened = await updateMeeting(req, id, {
        status: 'convened',
        convenedAt: now.toISOString(),
        calendarSequence: 0,
        sentFingerprint: calendarFingerprint(meeting, agenda),
      })
      await syncItemStatus(req, id)
      const sent = await notify(req, 'convocation', convened)
      if (typeof sent !== 'number') return sent
      if (sent === 0) return refuse(409, `Le ${committee.shortName} n’a aucun membre en fonction à convoquer : complétez sa composition.`)
      return done(`Séance convoquée : ${people(sent)} ont reçu l’ordre du jour et l’invitation.`)
    }
    if (to === 'held') {
      if (!hasStarted(meeting, now)) return refuse(409, 'La séance n’a pas encore eu lieu : elle se clôt après s’être tenue.')
      const open = agenda
        .map((item, index) => ({ item, number: index + 1 }))
        .filter(({ item }) => !item.decision?.trim() && !item.noDecision)
      if (open.length)
        return refuse(
          409,
          `Chaque point doit avoir une décision ou « pas de décision ». Points sans décision : ${open.map(({ item, number }) => `${number}. ${item.title}`).join(' ; ')}.`,
        )
      await updateMeeting(req, id, { status: 'held', heldAt: now.toISOString() })
      await syncItemStatus(req, id)
      return done('Séance close : le procès-verbal sera approuvé lors de la prochaine séance.')
    }
    // to === 'cancelled'
    const wasConvened = meeting.status === 'convened'
    const cancelled = await updateMeeting(req, id, {
      status: 'cancelled',
      cancellationReason: request.reason?.trim() || null,
      calendarSequence: (meeting.calendarSequence ?? 0) + (wasConvened ? 1 : 0),
    })
    await syncItemStatus(req, id)
    if (!wasConvened) return done('Séance annulée.')
    const sent = await notify(req, 'cancellation', cancelled)
    if (typeof sent !== 'number') return sent
    return done(`Séance annulée : ${people(sent)} ont été prévenus et l’invitation est retirée de leur agenda.`)
  })
}

/** After a convened meeting changed (date, place, agenda…), sends the update: same UID, next SEQUENCE. */
export async function sendMeetingUpdate(payload: Payload, user: User, id: number): Promise<Result> {
  return inTransaction(payload, user, async ({ req, lock }) => {
    await lock('meetings', id)
    const meeting = (await payload.findByID({ collection: 'meetings', id, depth: 0, req, disableErrors: true })) as Meeting | null
    if (!meeting || (meeting.status === 'planned' && !sitsOn(user, meeting.committeeSlug))) return refuse(404, 'Cette séance n’existe pas.')
    const committee = await committeeOf(req, meeting.committee)
    if (!leadsCommittee(user, committee))
      return refuse(403, `Seuls la présidence et le secrétariat du ${committee.shortName} (ou la coordination) envoient les convocations.`)
    if (meeting.status !== 'convened') return refuse(409, 'Seule une séance convoquée (et pas encore tenue) reçoit des mises à jour.')
    const agenda = await fullAgenda(req, id)
    const fingerprint = calendarFingerprint(meeting, agenda)
    if (fingerprint === meeting.sentFingerprint) return refuse(409, 'Rien n’a changé depuis la dernière convocation envoyée.')
    const updated = await updateMeeting(req, id, { calendarSequence: (meeting.calendarSequence ?? 0) + 1, sentFingerprint: fingerprint })
    const sent = await notify(req, 'update', updated)
    if (typeof sent !== 'number') return sent
    return done(`Mise à jour envoyée à ${people(sent)} : leur agenda affiche la séance modifiée.`)
  })
}
