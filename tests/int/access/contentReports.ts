/**
 * The access-matrix operations of content reports (issue 24, docs/access.md), checked by
 * access-matrix-content.int.spec.ts. Member A reported a guide cotec owns; each operation reports whether it took
 * effect, read from the database.
 */
import { expect } from 'vitest'

import * as matrix from '@tests/helpers/matrix'
import type { MatrixDomain, Operations } from '@tests/helpers/matrix'

const ids = { guide: 0, draft: 0, report: 0 }
const db = () => matrix.payload

const guide = (status: 'published' | 'draft', owner: number) => {
  const slug = `signale-${matrix.unique()}`
  return db().create({
    collection: 'guides',
    data: {
      title: `Guide ${slug}`,
      slug,
      theme: 'sauvegardes',
      audiences: ['personnel'],
      summary: 'Un guide à signaler.',
      lastReviewedAt: '2026-01-01',
      reviewIntervalMonths: 12,
      owner,
      _status: status,
    },
    draft: status === 'draft',
  })
}

async function fixtures() {
  const cotec = matrix.people.cotec.id
  ids.guide = (await guide('published', cotec)).id
  ids.draft = (await guide('draft', cotec)).id
  const memberA = matrix.people['member A']
  ids.report = (
    await db().create({
      collection: 'content-reports',
      data: {
        targetKind: 'guides',
        targetId: ids.guide,
        message: 'Le lien vers le guide de la Confédération ne fonctionne plus.',
        reporter: memberA.id,
        reporterName: memberA.name,
        reporterCommune: matrix.people.communeA.id,
        status: 'ouvert',
      },
    })
  ).id
}

const countWith = async (message: string) =>
  (await db().count({ collection: 'content-reports', where: { message: { equals: message } } })).totalDocs

const operations: Operations = {
  'content-reports | report a published guide as oneself': async ({ as, actor }) => {
    const message = `Lien mort ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/content-reports', { targetKind: 'guides', targetId: ids.guide, message })
    const { docs } = await db().find({ collection: 'content-reports', where: { message: { equals: message } }, depth: 0 })
    if (docs[0]) expect(docs[0].reporter, 'the reporter is the account that sent it').toBe(actor?.id)
    return matrix.tookEffect(status, docs.length === 1)
  },
  'content-reports | report a draft guide': async ({ as }) => {
    const message = `Brouillon ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/content-reports', { targetKind: 'guides', targetId: ids.draft, message })
    return matrix.tookEffect(status, (await countWith(message)) === 1)
  },
  'content-reports | report in the name of an employee of A': async ({ as }) => {
    const message = `Au nom d’un autre ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/content-reports', {
      targetKind: 'guides',
      targetId: ids.guide,
      message,
      reporter: matrix.employeeA.id,
    })
    return matrix.tookEffect(status, (await countWith(message)) === 1)
  },
  'content-reports | read member A’s report on a guide cotec owns': async ({ as }) => {
    const byId = await matrix.readById(as, 'content-reports', ids.report)
    const list = await as.request('GET', '/api/content-reports?limit=100&depth=0')
    const listed = (list.json?.docs ?? []).some((doc: { id: number }) => doc.id === ids.report)
    const graph = await as.request('POST', '/api/graphql', { query: '{ ContentReports(limit: 100) { docs { id message } } }' })
    const viaGraph = (graph.json?.data?.ContentReports?.docs ?? []).some((doc: { id: number }) => doc.id === ids.report)
    expect(listed, 'REST list and by id agree').toBe(byId)
    expect(viaGraph, 'GraphQL and REST agree').toBe(byId)
    return byId
  },
  'content-reports | read who made member A’s report (name, account, commune)': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/content-reports/${ids.report}?depth=0`)
    const seenRest = status === 200 && (json.reporterName != null || json.reporter != null || json.reporterCommune != null)
    const graph = await as.request('POST', '/api/graphql', {
      query: `{ ContentReport(id: ${ids.report}) { id reporterName reporter { id } reporterCommune { id } } }`,
    })
    const doc = graph.json?.data?.ContentReport
    const seenGraph = Boolean(doc && (doc.reporterName || doc.reporter || doc.reporterCommune))
    expect(seenGraph, 'GraphQL and REST agree').toBe(seenRest)
    if (seenRest) expect(json.reporterName).toBe(matrix.people['member A'].name)
    // Nor by a filter on it: the reports on one's content cannot be sorted by who made them.
    const probe = await as.request('GET', `/api/content-reports?where[reporter][equals]=${matrix.people['member A'].id}&depth=0`)
    const probed = (probe.json?.docs ?? []).some((d: { id: number }) => d.id === ids.report)
    if (!seenRest) expect(probed, 'a where on the reporter tells nothing').toBe(false)
    return matrix.tookEffect(status, seenRest)
  },
  'content-reports | mark member A’s report handled with a note': async ({ as }) => {
    const replyNote = `Corrigé ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/content-reports/${ids.report}`, { status: 'traite', replyNote })
    const after = await db().findByID({ collection: 'content-reports', id: ids.report, depth: 0 })
    return matrix.tookEffect(status, after.replyNote === replyNote && after.status === 'traite')
  },
  'content-reports | change the message of member A’s report': async ({ as }) => {
    const message = `Autre message ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/content-reports/${ids.report}`, { message })
    return matrix.tookEffect(status, (await db().findByID({ collection: 'content-reports', id: ids.report })).message === message)
  },
  'content-reports | delete a report': async ({ as }) => {
    const memberA = matrix.people['member A']
    const { id } = await db().create({
      collection: 'content-reports',
      data: { targetKind: 'guides', targetId: ids.guide, message: 'À supprimer.', reporter: memberA.id, status: 'ouvert' },
    })
    const { status } = await as.request('DELETE', `/api/content-reports/${id}`)
    return matrix.tookEffect(status, !(await matrix.exists('content-reports', id)))
  },
}

export const contentReports: MatrixDomain = { operations, fixtures }
