/**
 * The access-matrix operations of the committees, their meetings (in each status), agenda items, minutes and action
 * items, their calendar files, and search over them (docs/access.md).
 */
import { found, type MatrixDomain, type Operations, payload, people, readById, tookEffect, unique } from '@tests/helpers/matrix'

export let cotecCommittee: number
export const meetingOf = { planned: 0, convened: 0, held: 0, approved: 0 }
const itemOf = { planned: 0, public: 0, confidential: 0, held: 0, approved: 0 }
let actionOfA: number

export const future = '2027-03-25T13:00:00.000Z'

/** A COTEC meeting in the given status with its items (written as the system: fixtures, not the rules under test). */
export async function fixtureMeeting(
  status: 'planned' | 'convened' | 'held' | 'approved',
  startsAt: string,
  items: Record<string, unknown>[],
) {
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      committee: cotecCommittee,
      title: `Séance ${unique()}`,
      startsAt,
      durationMinutes: 90,
      place: 'Sion',
      status,
      attendance: 'Présents : la grille.',
    },
    context: { meetingTransition: true },
  })
  for (const [index, item] of items.entries())
    await payload.create({
      collection: 'agenda-items',
      data: { meeting: meeting.id, position: index + 1, durationMinutes: 10, ...item } as never,
      context: { meetingTransition: true },
    })
  return meeting.id
}

const itemsOf = async (meeting: number) =>
  (await payload.find({ collection: 'agenda-items', where: { meeting: { equals: meeting } }, sort: 'position', depth: 0 })).docs

async function actionOwnedByA() {
  const action = await payload.create({
    collection: 'action-items',
    data: { title: `Action ${unique()}`, committee: cotecCommittee, owner: people['member A'].id, dueDate: '2027-01-31', status: 'open' },
  })
  return action.id
}

/** The COTEC, whose secretary is the cotec actor, and one meeting in each status. */
async function fixtures() {
  const cotecDoc = (await payload.find({ collection: 'committees', where: { slug: { equals: 'cotec' } }, depth: 0 })).docs[0]!
  cotecCommittee = cotecDoc.id
  await payload.update({
    collection: 'committees',
    id: cotecCommittee,
    data: { memberships: [{ user: people.cotec.id, role: 'secretariat', from: '2026-01-01' }] },
  })
  meetingOf.planned = await fixtureMeeting('planned', future, [{ title: 'Point Quenouille' }])
  meetingOf.convened = await fixtureMeeting('convened', future, [
    { title: 'Point public de la grille' },
    { title: 'Point Mandragore', confidential: true },
  ])
  meetingOf.held = await fixtureMeeting('held', '2026-10-01T12:00:00.000Z', [
    { title: 'Point tenu de la grille', notes: 'Notes Pimprenelle.', decision: 'Oui.' },
  ])
  meetingOf.approved = await fixtureMeeting('approved', '2026-09-01T12:00:00.000Z', [
    { title: 'Point approuvé de la grille', notes: 'Notes Farandole.', decision: 'Oui.' },
  ])
  itemOf.planned = (await itemsOf(meetingOf.planned))[0]!.id
  ;[itemOf.public, itemOf.confidential] = (await itemsOf(meetingOf.convened)).map((item) => item.id) as [number, number]
  itemOf.held = (await itemsOf(meetingOf.held))[0]!.id
  itemOf.approved = (await itemsOf(meetingOf.approved))[0]!.id
  actionOfA = await actionOwnedByA()
}

export const meetingsOperations: Operations = {
  'committees | read': async ({ as }) => readById(as, 'committees', cotecCommittee),
  'committees | update the composition': async ({ as }) => {
    const composition = `Composition ${unique()}`
    const { status } = await as.request('PATCH', `/api/committees/${cotecCommittee}`, { composition })
    return tookEffect(status, (await payload.findByID({ collection: 'committees', id: cotecCommittee })).composition === composition)
  },
  'meetings | read a planned (draft) COTEC meeting': async ({ as }) => readById(as, 'meetings', meetingOf.planned),
  'meetings | read a convened COTEC meeting': async ({ as }) => readById(as, 'meetings', meetingOf.convened),
  'meetings | read the attendance of a held meeting': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/meetings/${meetingOf.held}`)
    return tookEffect(status, json?.attendance === 'Présents : la grille.')
  },
  'meetings | read the attendance of an approved meeting': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/meetings/${meetingOf.approved}`)
    return tookEffect(status, json?.attendance === 'Présents : la grille.')
  },
  'meetings | create a COTEC meeting': async ({ as }) => {
    const title = `Séance ${unique()}`
    const { status } = await as.request('POST', '/api/meetings', {
      committee: cotecCommittee,
      title,
      startsAt: future,
      durationMinutes: 60,
    })
    return tookEffect(status, (await payload.count({ collection: 'meetings', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'meetings | update a COTEC meeting': async ({ as }) => {
    const place = `Salle ${unique()}`
    const { status } = await as.request('PATCH', `/api/meetings/${meetingOf.planned}`, { place })
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id: meetingOf.planned })).place === place)
  },
  'meetings | convene a COTEC meeting': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [{ title: 'Point à convoquer' }])
    const { status } = await as.request('POST', `/api/meetings/${id}/transition`, { to: 'convened' })
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id })).status === 'convened')
  },
  'meetings | set the status directly': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [])
    const { status } = await as.request('PATCH', `/api/meetings/${id}`, { status: 'approved' })
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id })).status === 'approved')
  },
  'meetings | delete': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [])
    const { status } = await as.request('DELETE', `/api/meetings/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'meetings', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'meetings | download the .ics of a convened meeting': async ({ as }) => {
    const { status, json } = await as.request('GET', `/seances/${meetingOf.convened}/calendrier.ics`)
    return tookEffect(status, status === 200 && String(json?.raw).includes(`UID:seance-${meetingOf.convened}@relais`))
  },
  'meetings | see a confidential item in the .ics': async ({ as }) => {
    const { status, json } = await as.request('GET', `/seances/${meetingOf.convened}/calendrier.ics`)
    return tookEffect(status, String(json?.raw).includes('Mandragore'))
  },
  'agenda-items | read an item of a convened meeting': async ({ as }) => readById(as, 'agenda-items', itemOf.public),
  'agenda-items | read an item of a planned meeting': async ({ as }) => readById(as, 'agenda-items', itemOf.planned),
  'agenda-items | read a confidential item': async ({ as }) => readById(as, 'agenda-items', itemOf.confidential),
  'agenda-items | read draft minutes (held meeting)': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/agenda-items/${itemOf.held}`)
    return tookEffect(status, json?.notes === 'Notes Pimprenelle.')
  },
  'agenda-items | read approved minutes': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/agenda-items/${itemOf.approved}`)
    return tookEffect(status, json?.notes === 'Notes Farandole.')
  },
  'agenda-items | add to a COTEC meeting': async ({ as }) => {
    const title = `Point ${unique()}`
    const { status } = await as.request('POST', '/api/agenda-items', { meeting: meetingOf.planned, title, durationMinutes: 10 })
    return tookEffect(status, (await payload.count({ collection: 'agenda-items', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'agenda-items | write the minutes of an item': async ({ as }) => {
    const notes = `Notes ${unique()}`
    const { status } = await as.request('PATCH', `/api/agenda-items/${itemOf.public}`, { notes })
    return tookEffect(status, (await payload.findByID({ collection: 'agenda-items', id: itemOf.public })).notes === notes)
  },
  'agenda-items | delete': async ({ as }) => {
    const { id } = await payload.create({
      collection: 'agenda-items',
      data: { meeting: meetingOf.planned, title: 'À retirer', durationMinutes: 5 },
    })
    const { status } = await as.request('DELETE', `/api/agenda-items/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'agenda-items', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'agenda-items | approve the previous minutes': async ({ as }) => {
    const previous = await fixtureMeeting('held', '2026-09-01T12:00:00.000Z', [{ title: 'Point tenu', decision: 'Oui.' }])
    const meeting = await fixtureMeeting('convened', '2026-10-01T12:00:00.000Z', [{ title: 'Approbation', approvesMinutesOf: previous }])
    const item = (await payload.find({ collection: 'agenda-items', where: { meeting: { equals: meeting } }, depth: 0 })).docs[0]!
    const { status } = await as.request('POST', `/api/agenda-items/${item.id}/approve-minutes`)
    return tookEffect(status, (await payload.findByID({ collection: 'meetings', id: previous })).status === 'approved')
  },
  'action-items | read an action owned by member A': async ({ as }) => readById(as, 'action-items', actionOfA),
  'action-items | create for the COTEC': async ({ as }) => {
    const title = `Action ${unique()}`
    const { status } = await as.request('POST', '/api/action-items', {
      title,
      committee: cotecCommittee,
      owner: people['member A'].id,
      dueDate: '2027-01-31',
    })
    return tookEffect(status, (await payload.count({ collection: 'action-items', where: { title: { equals: title } } })).totalDocs === 1)
  },
  'action-items | mark an action owned by member A done': async ({ as }) => {
    const id = await actionOwnedByA()
    const { status } = await as.request('PATCH', `/api/action-items/${id}`, { status: 'done' })
    return tookEffect(status, (await payload.findByID({ collection: 'action-items', id })).status === 'done')
  },
  'action-items | rename an action owned by member A': async ({ as }) => {
    const id = await actionOwnedByA()
    const { status } = await as.request('PATCH', `/api/action-items/${id}`, { title: 'Renommée' })
    return tookEffect(status, (await payload.findByID({ collection: 'action-items', id })).title === 'Renommée')
  },
  'action-items | delete': async ({ as }) => {
    const id = await actionOwnedByA()
    const { status } = await as.request('DELETE', `/api/action-items/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'action-items', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'search | find a confidential agenda item': (ctx) =>
    found(ctx, 'Mandragore', `/seances/${meetingOf.convened}#point-${itemOf.confidential}`, { only: true }),
  "search | find a planned meeting's item": (ctx) =>
    found(ctx, 'Quenouille', `/seances/${meetingOf.planned}#point-${itemOf.planned}`, { only: true }),
  'search | find approved minutes': (ctx) => found(ctx, 'Farandole', `/seances/${meetingOf.approved}#point-${itemOf.approved}`),
  'search | find draft minutes of a public item': (ctx) =>
    found(ctx, 'Pimprenelle', `/seances/${meetingOf.held}#point-${itemOf.held}`, { only: true }),
  // Issue 17 (hostile input): a closed meeting stays in the record; the permission map is for logged-in users only.
  'meetings | delete a cancelled meeting (part of the record)': async ({ as }) => {
    const id = await fixtureMeeting('planned', future, [{ title: 'Point d’une séance annulée' }])
    await payload.update({ collection: 'meetings', id, data: { status: 'cancelled' }, context: { meetingTransition: true } })
    const { status } = await as.request('DELETE', `/api/meetings/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'meetings', where: { id: { equals: id } } })).totalDocs === 0)
  },
}

export const meetings: MatrixDomain = { operations: meetingsOperations, fixtures }
