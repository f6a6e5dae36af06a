'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'

import { asUser } from '../auth/asUser'
import { requireSession } from '../auth/currentUser'
import { zurichInstant } from '../calendar/zurich'
import { type FormResult, type Result, refusalOf, refused, resultOf } from '../forms/result'
import type { AgendaItem, Meeting } from '../payload-types'
import { approveMinutes } from './approval'
import { decideFromMeeting } from './proposalDecision'
import { previousUnapproved } from './view'
import { sendMeetingUpdate, transitionMeeting } from './transitions'
import { recordId } from '../validation/recordId'
import { formText } from '../forms/read'

const text = (form: FormData, name: string) => formText(form, name, 10_000)
const id = (form: FormData, name: string) => recordId(form.get(name))
const minutes = (form: FormData, name: string) => (/^\d{1,3}$/.test(text(form, name)) ? Number(text(form, name)) : null)
const refresh = (meetingId: number | string) => revalidatePath(`/seances/${meetingId}`)

type Session = Awaited<ReturnType<typeof requireSession>>

/**
 * A write on the agenda item the form names, as the logged-in user: refreshes its meeting's page, and turns
 * Payload's refusals (validation, access, gone) into the form's French errors.
 */
async function onItem(form: FormData, write: (itemId: number, session: Session) => Promise<{ meeting: unknown } | Result>, message: string): Promise<FormResult> {
  const session = await requireSession()
  const itemId = id(form, 'item')
  if (!itemId) return refused('Point inconnu.')
  try {
    const outcome = await write(itemId, session)
    if ('ok' in outcome) return outcome
    refresh(typeof outcome.meeting === 'object' ? (outcome.meeting as Meeting).id : (outcome.meeting as number))
  } catch (error) {
    return refusalOf(error)
  }
  return { ok: true, message }
}

async function meetingPathOf(itemId: number) {
  const { payload, user } = await requireSession()
  const item = await payload.findByID({ collection: 'agenda-items', id: itemId, ...asUser(user), depth: 0 })
  return `/seances/${item.meeting}`
}

/** Measures are typed by number ("3, 12"): the numbers become the measures' ids, unknown numbers are refused. */
async function measureIds(form: FormData): Promise<number[] | string> {
  const numbers = text(form, 'measures').split(/[\s,;]+/).filter(Boolean)
  if (!numbers.length) return []
  if (numbers.some((n) => !/^\d{1,2}$/.test(n))) return 'Indiquez les mesures par leur numéro, séparés par des virgules (par exemple « 3, 12 »).'
  const { payload, user } = await requireSession()
  const found = await payload.find({ collection: 'measures', where: { number: { in: numbers.map(Number) } }, ...asUser(user), limit: 0, pagination: false, depth: 0, select: { number: true } })
  const unknown = numbers.filter((n) => !found.docs.some((m) => m.number === Number(n)))
  return unknown.length ? `Mesure inconnue : ${unknown.join(', ')} (les mesures vont de 1 à 38).` : found.docs.map((m) => m.id)
}

/** The meeting's fields from the form (date and time are Zurich wall-clock time). */
function meetingFields(form: FormData): Partial<Meeting> | Result {
  const startsAt = zurichInstant(text(form, 'date'), text(form, 'time'))
  if (!startsAt) return { ok: false, errors: { startsAt: 'Indiquez une date et une heure valables (jj.mm.aaaa, hh:mm).' } }
  const duration = minutes(form, 'durationMinutes')
  if (duration === null) return { ok: false, errors: { durationMinutes: 'La durée est un nombre de minutes.' } }
  return { title: text(form, 'title') || 'Séance ordinaire', startsAt: startsAt.toISOString(), durationMinutes: duration, place: text(form, 'place') || null, onlineUrl: text(form, 'onlineUrl') || null }
}

/** A committee member creates a meeting; the approval of the last unapproved minutes comes first on its agenda. */
export async function createMeetingAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const committee = id(form, 'committee')
  if (!committee) return { ok: false, errors: { committee: 'Choisissez le comité.' } }
  const fields = meetingFields(form)
  if ('ok' in fields) return fields
  let meeting: Meeting
  try {
    meeting = await payload.create({ collection: 'meetings', data: { ...fields, committee } as Meeting, ...asUser(user) })
    const previous = await previousUnapproved(payload, meeting)
    if (previous)
      await payload.create({
        collection: 'agenda-items',
        data: { meeting: meeting.id, title: 'Approbation du procès-verbal de la séance précédente', durationMinutes: 5, approvesMinutesOf: previous.id } as AgendaItem,
        ...asUser(user),
      })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath('/seances')
  redirect(`/seances/${meeting.id}?creee=1`)
}

export async function updateMeetingAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  if (!meetingId) return refused('Séance inconnue.')
  const fields = meetingFields(form)
  if ('ok' in fields) return fields
  try {
    await payload.update({ collection: 'meetings', id: meetingId, data: fields, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  refresh(meetingId)
  return { ok: true, message: 'Séance enregistrée.' }
}

export async function attendanceAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  if (!meetingId) return refused('Séance inconnue.')
  try {
    await payload.update({ collection: 'meetings', id: meetingId, data: { attendance: text(form, 'attendance') || null }, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  refresh(meetingId)
  return { ok: true, message: 'Présences enregistrées.' }
}

/** The item's fields from the add/edit form: title, duration, presenter, measures, one document link, confidentiality. */
async function itemFields(form: FormData): Promise<Partial<AgendaItem> | Result> {
  const duration = minutes(form, 'durationMinutes')
  if (duration === null) return { ok: false, errors: { durationMinutes: 'La durée est un nombre de minutes.' } }
  const measures = await measureIds(form)
  if (typeof measures === 'string') return { ok: false, errors: { measures } }
  const documentUrl = text(form, 'documentUrl')
  const documents = documentUrl ? [{ title: text(form, 'documentTitle') || 'Document', url: documentUrl }] : []
  return { title: text(form, 'title'), durationMinutes: duration, presenter: text(form, 'presenter') || null, measures, confidential: form.get('confidential') === 'on', documents }
}

export async function addItemAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  if (!meetingId) return refused('Séance inconnue.')
  const fields = await itemFields(form)
  if ('ok' in fields) return fields
  try {
    await payload.create({ collection: 'agenda-items', data: { ...fields, meeting: meetingId } as AgendaItem, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  refresh(meetingId)
  return { ok: true, message: `Point « ${fields.title} » ajouté à l’ordre du jour.` }
}

export async function updateItemAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const fields = await itemFields(form)
  if ('ok' in fields) return fields
  if (!form.get('documentUrl')) delete fields.documents
  return onItem(form, (itemId, { payload, user }) => payload.update({ collection: 'agenda-items', id: itemId, data: fields, ...asUser(user) }), 'Point enregistré.')
}

/** Moves an item up or down by swapping its place with its neighbour's. */
export async function moveItemAction(_state: FormResult, form: FormData): Promise<FormResult> {
  return onItem(form, async (itemId, { payload, user }) => {
    const item = await payload.findByID({ collection: 'agenda-items', id: itemId, ...asUser(user), depth: 0 })
    const { docs } = await payload.find({ collection: 'agenda-items', where: { meeting: { equals: item.meeting } }, sort: ['position', 'id'], ...asUser(user), limit: 0, pagination: false, depth: 0 })
    const index = docs.findIndex((d) => d.id === itemId)
    const other = docs[form.get('direction') === 'up' ? index - 1 : index + 1]
    if (!other) return refused('Ce point est déjà à cette extrémité de l’ordre du jour.')
    // Positions are renumbered 1..n in the new order, so that equal or missing positions never block a move.
    const order = docs.map((d) => d.id)
    const [a, b] = [order.indexOf(itemId), order.indexOf(other.id)]
    ;[order[a], order[b]] = [order[b]!, order[a]!]
    for (const [position, docId] of order.entries())
      if (docs.find((d) => d.id === docId)!.position !== position + 1)
        await payload.update({ collection: 'agenda-items', id: docId, data: { position: position + 1 }, ...asUser(user) })
    return item
  }, 'Ordre du jour réordonné.')
}

export async function deleteItemAction(_state: FormResult, form: FormData): Promise<FormResult> {
  return onItem(form, (itemId, { payload, user }) => payload.delete({ collection: 'agenda-items', id: itemId, ...asUser(user) }), 'Point retiré de l’ordre du jour.')
}

/** The minutes of one item: what was said, and the decision (or "pas de décision"). */
export async function minutesAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const noDecision = form.get('noDecision') === 'on'
  const decision = text(form, 'decision')
  if (noDecision && decision) return { ok: false, errors: { decision: 'Cochez « pas de décision » ou inscrivez une décision, pas les deux.' } }
  const data = { notes: text(form, 'notes') || null, decision: decision || null, noDecision }
  return onItem(form, (itemId, { payload, user }) => payload.update({ collection: 'agenda-items', id: itemId, data, ...asUser(user) }), 'Procès-verbal du point enregistré.')
}

export async function transitionAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  if (!meetingId) return refused('Séance inconnue.')
  const to = text(form, 'to')
  const outcome = await transitionMeeting(payload, user, meetingId, { to, reason: text(form, 'reason') || undefined })
  if (!outcome.ok) return resultOf(outcome)
  refresh(meetingId)
  // The form goes with the status it changed: the page tells the outcome.
  redirect(`/seances/${meetingId}?fait=${to}`)
}

export async function sendUpdateAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  if (!meetingId) return refused('Séance inconnue.')
  const outcome = await sendMeetingUpdate(payload, user, meetingId)
  if (!outcome.ok) return resultOf(outcome)
  refresh(meetingId)
  redirect(`/seances/${meetingId}?fait=update`)
}

export async function approveMinutesAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const itemId = id(form, 'item')
  if (!itemId) return refused('Point inconnu.')
  const outcome = await approveMinutes(payload, user, itemId)
  if (!outcome.ok) return resultOf(outcome)
  revalidatePath('/seances', 'layout')
  redirect(`${await meetingPathOf(itemId)}?fait=minutes`)
}

export async function proposalDecisionAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const itemId = id(form, 'item')
  if (!itemId) return refused('Point inconnu.')
  const decision = text(form, 'decision') as 'approved' | 'rejected'
  const outcome = await decideFromMeeting(payload, user, itemId, { decision, comment: text(form, 'comment') })
  if (!outcome.ok) return resultOf(outcome)
  revalidatePath('/seances', 'layout')
  revalidatePath('/mesures', 'layout')
  redirect(`${await meetingPathOf(itemId)}?fait=proposal`)
}

/** Puts every pending priority proposal on the Comité's agenda, one item each, linked for the decision. */
export async function addProposalsAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  if (!meetingId) return refused('Séance inconnue.')
  try {
    const [pending, listed] = await Promise.all([
      payload.find({ collection: 'priority-changes', where: { status: { equals: 'pending' } }, ...asUser(user), limit: 0, pagination: false, depth: 1, sort: 'createdAt' }),
      payload.find({ collection: 'agenda-items', where: { and: [{ meeting: { equals: meetingId } }, { priorityChange: { exists: true } }] }, ...asUser(user), limit: 0, pagination: false, depth: 0 }),
    ])
    const already = new Set(listed.docs.map((item) => item.priorityChange))
    const toAdd = pending.docs.filter((proposal) => !already.has(proposal.id))
    if (!toAdd.length) return refused('Aucune nouvelle proposition en attente à inscrire.')
    for (const proposal of toAdd) {
      const measure = proposal.measure as { id: number; number: number; title: string }
      await payload.create({
        collection: 'agenda-items',
        data: { meeting: meetingId, title: `Proposition de priorité : mesure ${measure.number}, ${measure.title}`, durationMinutes: 10, measures: [measure.id], priorityChange: proposal.id } as AgendaItem,
        ...asUser(user),
      })
    }
    refresh(meetingId)
    return { ok: true, message: toAdd.length === 1 ? '1 proposition inscrite à l’ordre du jour.' : `${toAdd.length} propositions inscrites à l’ordre du jour.` }
  } catch (error) {
    return refusalOf(error)
  }
}

export async function addActionItemAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const meetingId = id(form, 'meeting')
  const owner = id(form, 'owner')
  if (!meetingId) return refused('Séance inconnue.')
  if (!owner) return { ok: false, errors: { owner: 'Choisissez le ou la responsable.' } }
  const dueDate = text(form, 'dueDate')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate) || Number.isNaN(Date.parse(dueDate))) return { ok: false, errors: { dueDate: 'Indiquez une échéance valable.' } }
  const measures = await measureIds(form)
  if (typeof measures === 'string') return { ok: false, errors: { measures } }
  try {
    const meeting = await payload.findByID({ collection: 'meetings', id: meetingId, ...asUser(user), depth: 0 })
    await payload.create({
      collection: 'action-items',
      data: { title: text(form, 'title'), meeting: meetingId, committee: meeting.committee, owner, dueDate, measures, status: 'open' },
      ...asUser(user),
    })
  } catch (error) {
    return refusalOf(error)
  }
  refresh(meetingId)
  revalidatePath('/seances/actions')
  return { ok: true, message: 'Action ajoutée.' }
}

export async function actionStatusAction(_state: FormResult, form: FormData): Promise<FormResult> {
  const { payload, user } = await requireSession()
  const actionId = id(form, 'action')
  const status = text(form, 'status')
  if (!actionId) return refused('Action inconnue.')
  if (!['open', 'done', 'dropped'].includes(status)) return refused('Statut inconnu.')
  try {
    await payload.update({ collection: 'action-items', id: actionId, data: { status: status as 'open' }, ...asUser(user) })
  } catch (error) {
    return refusalOf(error)
  }
  revalidatePath('/seances', 'layout')
  return { ok: true, message: status === 'done' ? 'Action marquée comme faite.' : 'Statut de l’action enregistré.' }
}
