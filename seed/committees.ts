import type { Payload } from 'payload'

import { zurichInstant } from '@/calendar/zurich'

import { committees, formerCommitteeTexts } from './content/committees'
import { example, exampleText } from './content/demo'
import { fingerprint } from './fingerprint'

/**
 * The Comité and the COTEC exist on every instance; their members are named by the coordinators. A committee
 * seeded earlier with the Vaud composition (see `formerCommitteeTexts`) gets the strategy's text, field by field,
 * only where nobody edited it; through Payload, so that the search index follows.
 */
export async function seedCommittees(payload: Payload) {
  const existing = await payload.find({
    collection: 'committees',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true, mission: true, composition: true },
  })
  const known = new Set(existing.docs.map((doc) => doc.slug))
  const missing = committees.filter((committee) => !known.has(committee.slug))
  for (const committee of missing) await payload.create({ collection: 'committees', data: committee })
  if (missing.length) payload.logger.info(`Seed: ${missing.length} committees created`)
  for (const doc of existing.docs) {
    const seeded = committees.find((committee) => committee.slug === doc.slug)
    if (!seeded) continue
    const data = outdatedFields(doc, seeded)
    if (!Object.keys(data).length) continue
    await payload.update({ collection: 'committees', id: doc.id, data })
    payload.logger.info(`Seed: ${seeded.name}: ${Object.keys(data).join(' and ')} replaced by the strategy's text`)
  }
}

type CommitteeTexts = { slug: 'copil' | 'cotec'; mission?: string | null; composition?: string | null }

/** The fields of a stored committee that still hold, word for word, a text an earlier seed wrote. */
export function outdatedFields(stored: Partial<CommitteeTexts>, seeded: CommitteeTexts) {
  const former = formerCommitteeTexts[seeded.slug]
  const data: { mission?: string | null; composition?: string | null } = {}
  for (const field of ['mission', 'composition'] as const) {
    const text = stored[field]
    if (text && former[field] === fingerprint(text)) data[field] = seeded[field] ?? null
  }
  return data
}

const userId = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })).docs[0]?.id

/** The Thursday of the week `weeks` from now, at `time` in Zurich. */
export const thursday = (weeks: number, time = '14:00') => {
  const date = new Date(Date.now() + weeks * 7 * 24 * 3600_000)
  date.setUTCDate(date.getUTCDate() + ((4 - date.getUTCDay() + 7) % 7))
  return zurichInstant(date.toISOString().slice(0, 10), time)!.toISOString()
}

/**
 * Demo only: the demo committee members, and a COTEC year in miniature: a meeting with approved minutes, a held
 * one awaiting approval (with a confidential item), a planned one to convene, and two actions (one overdue). All
 * made up, and labelled as examples (seed/content/demo.ts); what the minutes say agrees with the guides.
 */
export async function seedDemoMeetings(payload: Payload) {
  const cotec = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, limit: 1, depth: 0 })).docs[0]
  const copil = (await payload.find({ collection: 'committees', where: { slug: { equals: 'copil' } }, limit: 1, depth: 0 })).docs[0]
  const secretary = await userId(payload, 'cotec@relais.test')
  const network = await userId(payload, 'cotec.martigny@relais.test')
  const president = await userId(payload, 'copil@relais.test')
  if (!cotec || !copil || !secretary || !network || !president) return
  const since = '2026-01-01T00:00:00.000Z'
  if (!cotec.memberships?.length)
    await payload.update({
      collection: 'committees',
      id: cotec.id,
      data: {
        memberships: [
          { user: secretary, role: 'secretariat', representing: 'Commune de Sion (compte de démonstration)', from: since },
          { user: network, role: 'membre', representing: 'Commune de Martigny (compte de démonstration)', from: since },
        ],
      },
    })
  if (!copil.memberships?.length)
    await payload.update({
      collection: 'committees',
      id: copil.id,
      data: { memberships: [{ user: president, role: 'presidence', from: since }] },
    })
  if ((await payload.count({ collection: 'meetings' })).totalDocs > 0) return

  const meeting = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'meetings',
      data: { committee: cotec.id, place: 'Sion (lieu fictif)', durationMinutes: 120, ...data } as never,
    })
  const item = (meetingId: number, position: number, data: Record<string, unknown>) =>
    payload.create({ collection: 'agenda-items', data: { meeting: meetingId, position, durationMinutes: 20, ...data } as never })

  const first = await meeting({
    title: example('Séance ordinaire'),
    startsAt: thursday(-9),
    status: 'held',
    attendance: exampleText('présents : Thérèse Technique, Jean Réseau. Excusé : —'),
  })
  await item(first.id, 1, {
    title: example('Sauvegardes : retour des communes pilotes'),
    presenter: 'Thérèse Technique',
    notes: exampleText('quatre communes ont testé la restauration d’une sauvegarde ; deux ont découvert des sauvegardes incomplètes.'),
    decision:
      'Rappeler aux communes la règle du guide « Sauvegardes et tests de restauration » : un test de restauration au moins une fois par an, et après chaque changement de système.',
  })
  await item(first.id, 2, {
    title: example('Priorisation des mesures pour 2027'),
    durationMinutes: 40,
    presenter: 'Jean Réseau',
    notes: exampleText('tour de table des besoins communaux.'),
    noDecision: true,
  })
  const second = await meeting({
    title: example('Séance ordinaire'),
    startsAt: thursday(-2),
    status: 'held',
    attendance: exampleText('présents : Thérèse Technique, Jean Réseau.'),
  })
  await item(second.id, 1, {
    title: example('Approbation du procès-verbal de la séance précédente'),
    durationMinutes: 5,
    approvesMinutesOf: first.id,
    decision: 'Procès-verbal approuvé.',
  })
  await item(second.id, 2, {
    title: example('Incident de sécurité dans une commune'),
    presenter: 'Thérèse Technique',
    confidential: true,
    notes: exampleText('analyse de l’incident et mesures prises.'),
    decision: 'Retour d’expérience anonymisé à préparer pour le guide « Cyber-incident ».',
  })
  await payload.update({
    collection: 'meetings',
    id: first.id,
    data: { status: 'approved', approvedIn: second.id, approvedAt: new Date().toISOString() },
    context: { meetingTransition: true },
  })
  await payload.update({
    collection: 'agenda-items',
    where: { meeting: { equals: first.id } },
    data: {},
    context: { meetingTransition: true },
  })

  const third = await meeting({ title: example('Séance ordinaire'), startsAt: thursday(3) })
  await item(third.id, 1, {
    title: example('Approbation du procès-verbal de la séance précédente'),
    durationMinutes: 5,
    approvesMinutesOf: second.id,
  })
  await item(third.id, 2, { title: example('Avancement des mesures de priorité A'), presenter: 'Thérèse Technique', durationMinutes: 45 })

  const due = (weeks: number) => thursday(weeks).slice(0, 10)
  await payload.create({
    collection: 'action-items',
    data: {
      title: example('Rédiger le retour d’expérience anonymisé de l’incident'),
      committee: cotec.id,
      meeting: second.id,
      owner: secretary,
      dueDate: due(-1),
      status: 'open',
    },
  })
  await payload.create({
    collection: 'action-items',
    data: {
      title: example('Recenser les contrats de sauvegarde des communes du district'),
      committee: cotec.id,
      meeting: first.id,
      owner: network,
      dueDate: due(4),
      status: 'open',
    },
  })
  payload.logger.info('Seed: demo committee meetings created')
}
