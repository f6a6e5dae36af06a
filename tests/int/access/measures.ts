/**
 * The access-matrix operations of the measures, the priority changes proposed and decided on them, and their history
 * (docs/access.md).
 */
import { exists, type MatrixDomain, nextNumber, type Operations, payload, people, tookEffect, unique } from '@tests/helpers/matrix'

export const measureNumbered = async (number: number) =>
  (await payload.find({ collection: 'measures', where: { number: { equals: number } }, depth: 0 })).docs[0]!

/** A pending proposal on measure 10 by the COTEC member (nobody decides their own, so it is never the actor's). */
export async function pendingProposal(): Promise<number> {
  const measure = await measureNumbered(10)
  const cotec = await payload.findByID({ collection: 'users', id: people.cotec.id })
  const proposal = await payload.create({
    collection: 'priority-changes',
    data: {
      measure: measure.id,
      toPriority: measure.priority === 'A' ? 'B' : 'A',
      rationale: 'Proposition de la grille des accès.',
      status: 'pending',
    },
    user: cotec,
  })
  return proposal.id
}

/** One history entry exists from the start, for the measure-updates rows. */
async function fixtures() {
  const first = await measureNumbered(1)
  await payload.update({
    collection: 'measures',
    id: first.id,
    data: { progress: 10 },
    user: await payload.findByID({ collection: 'users', id: people.cotec.id }),
  })
}

export const measuresOperations: Operations = {
  'measures | read': async ({ as }) => {
    const measure = await measureNumbered(1)
    const { status, json } = await as.request('GET', `/api/measures/${measure.id}`)
    return tookEffect(status, status === 200 && json.id === measure.id)
  },
  'measures | export the list (CSV, Excel)': async ({ as }) => {
    const csv = await as.request('GET', '/mesures/export?format=csv')
    const xlsx = await as.request('GET', '/mesures/export?format=xlsx')
    tookEffect(xlsx.status, xlsx.status === 200)
    return tookEffect(csv.status, csv.status === 200 && String(csv.json?.raw ?? '').includes('Organisation de tests de phishing'))
  },
  'measures | update status and progress': async ({ as }) => {
    const measure = await measureNumbered(2)
    const progress = (measure.progress + 7) % 100
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { progress, status: 'en-cours' })
    return tookEffect(status, (await measureNumbered(2)).progress === progress)
  },
  'measures | update the priority directly': async ({ as }) => {
    const measure = await measureNumbered(4)
    const priority = measure.priority === 'A' ? 'B' : 'A'
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { priority })
    return tookEffect(status, (await measureNumbered(4)).priority === priority)
  },
  "measures | update the strategy's text": async ({ as }) => {
    const measure = await measureNumbered(6)
    const deliverable = `Livrable ${unique()}`
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { deliverable })
    return tookEffect(status, (await measureNumbered(6)).deliverable === deliverable)
  },
  'measures | keep the milestones': async ({ as }) => {
    const measure = await measureNumbered(7)
    const title = `Jalon ${unique()}`
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, {
      milestones: [{ title, dueDate: '2027-06-30', done: false }],
    })
    return tookEffect(status, (await measureNumbered(7)).milestones?.[0]?.title === title)
  },
  'measures | set the owner, target date and deliverables': async ({ as }) => {
    const measure = await measureNumbered(3)
    const day = `2027-0${1 + (nextNumber() % 9)}-15`
    const { status } = await as.request('PATCH', `/api/measures/${measure.id}`, { targetDate: day, deliverableEventTypes: ['atelier'] })
    const after = await measureNumbered(3)
    return tookEffect(status, after.targetDate?.slice(0, 10) === day && (after.deliverableEventTypes ?? []).includes('atelier'))
  },
  'measures | create': async ({ as }) => {
    const number = 100 + nextNumber()
    const { status } = await as.request('POST', '/api/measures', {
      number,
      title: 'Nouvelle mesure',
      axis: 'convergence-actions',
      priority: 'C',
      rank: number,
    })
    return tookEffect(status, (await payload.count({ collection: 'measures', where: { number: { equals: number } } })).totalDocs === 1)
  },
  'measures | delete': async ({ as }) => {
    const number = 500 + nextNumber()
    const { id } = await payload.create({
      collection: 'measures',
      data: { number, title: 'À supprimer', axis: 'convergence-actions', priority: 'C', rank: number, status: 'a-lancer', progress: 0 },
    })
    const { status } = await as.request('DELETE', `/api/measures/${id}`)
    return tookEffect(status, !(await exists('measures', id)))
  },
  // The Comité's report: the coordination generates it, the COPIL receives it; a page reserved to others answers 403,
  // and a visitor lands on the login page (whose text is not the report's).
  "measures | read the Comité's report (`/mesures/rapport`)": async ({ as }) => {
    const { status, json } = await as.request('GET', '/mesures/rapport?du=2026-01-01&au=2026-06-30')
    return tookEffect(status, status === 200 && String(json?.raw ?? '').includes('Mesures par axe et priorité'))
  },
  "measures | download the Comité's report as a PDF (`/mesures/rapport.pdf`)": async ({ as }) => {
    const { status, json } = await as.request('GET', '/mesures/rapport.pdf?du=2026-01-01&au=2026-06-30')
    return tookEffect(status, status === 200 && String(json?.raw ?? '').startsWith('%PDF'))
  },
  'priority-changes | read': async ({ as }) => {
    const id = await pendingProposal()
    const { status, json } = await as.request('GET', `/api/priority-changes/${id}`)
    return tookEffect(status, status === 200 && json.id === id)
  },
  'priority-changes | propose': async ({ as }) => {
    const measure = await measureNumbered(8)
    const before = (await payload.count({ collection: 'priority-changes', where: { measure: { equals: measure.id } } })).totalDocs
    const { status } = await as.request('POST', '/api/priority-changes', {
      measure: measure.id,
      toRank: 1,
      rationale: 'Proposition de la grille des accès.',
    })
    return tookEffect(
      status,
      (await payload.count({ collection: 'priority-changes', where: { measure: { equals: measure.id } } })).totalDocs === before + 1,
    )
  },
  'priority-changes | decide': async ({ as }) => {
    const id = await pendingProposal()
    const { status } = await as.request('POST', `/api/priority-changes/${id}/decision`, {
      decision: 'approved',
      comment: 'Grille',
      meeting: 'Comité de la grille',
    })
    return tookEffect(status, (await payload.findByID({ collection: 'priority-changes', id })).status === 'approved')
  },
  'priority-changes | edit a proposal': async ({ as }) => {
    const id = await pendingProposal()
    const rationale = `Réécrite ${unique()}`
    const { status } = await as.request('PATCH', `/api/priority-changes/${id}`, { rationale })
    return tookEffect(status, (await payload.findByID({ collection: 'priority-changes', id })).rationale === rationale)
  },
  'priority-changes | delete': async ({ as }) => {
    const id = await pendingProposal()
    const { status } = await as.request('DELETE', `/api/priority-changes/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'priority-changes', where: { id: { equals: id } } })).totalDocs === 0)
  },
  'measure-updates | read': async ({ as }) => {
    const [entry] = (await payload.find({ collection: 'measure-updates', limit: 1, depth: 0 })).docs
    const { status, json } = await as.request('GET', `/api/measure-updates/${entry!.id}`)
    return tookEffect(status, status === 200 && json.id === entry!.id)
  },
  'measure-updates | write': async ({ as }) => {
    const [entry] = (await payload.find({ collection: 'measure-updates', limit: 1, depth: 0 })).docs
    const note = `Réécrite ${unique()}`
    const patched = await as.request('PATCH', `/api/measure-updates/${entry!.id}`, { note })
    const created = await as.request('POST', '/api/measure-updates', {
      measure: entry!.measure,
      changes: [{ field: 'status', to: 'realisee' }],
      note,
    })
    const deleted = await as.request('DELETE', `/api/measure-updates/${entry!.id}`)
    tookEffect(created.status, false)
    tookEffect(deleted.status, false)
    const changed =
      (await payload.count({ collection: 'measure-updates', where: { note: { equals: note } } })).totalDocs > 0 ||
      (await payload.count({ collection: 'measure-updates', where: { id: { equals: entry!.id } } })).totalDocs === 0
    return tookEffect(patched.status, changed)
  },
}

export const measures: MatrixDomain = { operations: measuresOperations, fixtures }
