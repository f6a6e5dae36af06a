/**
 * The access-matrix operations of shared incidents, regional alerts and their acknowledgements (issue 23, point 4;
 * docs/access.md), checked by access-matrix-content.int.spec.ts. Each operation reports whether it took effect,
 * read from the database.
 */
import { expect } from 'vitest'

import * as matrix from '@tests/helpers/matrix'
import type { MatrixDomain, Operations } from '@tests/helpers/matrix'

const ids = { incidentA: 0, sharedA: 0, sharedB: 0, published: 0, draft: 0, ackA: 0 }
const db = () => matrix.payload
const communeA = () => matrix.people.communeA.id
const communeB = () => matrix.people.communeB.id
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)

const shared = (commune: number, title: string, incident?: number) =>
  db().create({
    collection: 'shared-incidents',
    data: {
      commune,
      incident,
      title,
      summary: 'Un faux e-mail de facture.',
      vector: 'hameconnage',
      whatHelped: 'Le filtre.',
      showCommune: false,
    },
  })
const alert = (status: 'published' | 'draft', title = `Alerte ${matrix.unique()}`) =>
  db().create({
    collection: 'regional-alerts',
    data: { title, whatToCheck: 'Les règles de transfert.', severity: 'importante', expiresOn: inAWeek(), status },
  })

async function fixtures() {
  ids.incidentA = (
    await db().create({
      collection: 'digital-incidents',
      data: {
        commune: communeA(),
        occurredOn: '2026-10-03',
        summary: 'Hameçonnage Tamarin.',
        impact: 'Aucun.',
        actions: 'Aucune.',
        status: 'clos',
      },
    })
  ).id
  ids.sharedA = (await shared(communeA(), 'Partage Tamarin', ids.incidentA)).id
  ids.sharedB = (await shared(communeB(), 'Partage Sureau')).id
  ids.published = (
    await db().create({
      collection: 'regional-alerts',
      data: {
        title: 'Alerte Mirabelle',
        whatToCheck: 'Vérifier.',
        severity: 'critique',
        expiresOn: inAWeek(),
        status: 'published',
        incidents: [ids.sharedA],
      },
    })
  ).id
  ids.draft = (await alert('draft', 'Alerte Quetsche')).id
  ids.ackA = (
    await db().create({ collection: 'alert-acknowledgements', data: { alert: ids.published, commune: communeA(), note: 'Note Réglisse.' } })
  ).id
}

const count = async (collection: 'shared-incidents' | 'regional-alerts' | 'alert-acknowledgements', where: Record<string, unknown>) =>
  (await db().count({ collection, where: where as never })).totalDocs

const operations: Operations = {
  'shared-incidents | read an incident A shared': ({ as }) => matrix.readById(as, 'shared-incidents', ids.sharedA),
  'shared-incidents | read an incident B shared anonymously': async ({ as }) => {
    // Neither the record nor its commune, by id, by list or through GraphQL.
    const byId = await matrix.readById(as, 'shared-incidents', ids.sharedB)
    const list = await as.request('GET', '/api/shared-incidents?limit=100')
    const listed = (list.json?.docs ?? []).some((doc: { id: number }) => doc.id === ids.sharedB)
    const graph = await as.request('POST', '/api/graphql', { query: '{ SharedIncidents(limit: 100) { docs { id commune { name } } } }' })
    const viaGraph = (graph.json?.data?.SharedIncidents?.docs ?? []).some((doc: { id: number }) => doc.id === ids.sharedB)
    expect(listed, 'REST list and by id agree').toBe(byId)
    expect(viaGraph, 'GraphQL and REST agree').toBe(byId)
    return byId
  },
  'shared-incidents | share an incident of A’s log': async ({ as }) => {
    const { id: incident } = await db().create({
      collection: 'digital-incidents',
      data: { commune: communeA(), occurredOn: '2026-10-04', summary: 'Autre.', impact: 'Aucun.', actions: 'Aucune.', status: 'clos' },
    })
    const { status } = await as.request('POST', '/api/shared-incidents', {
      incident,
      title: 'Partagé',
      summary: 'Résumé.',
      vector: 'autre',
      whatHelped: 'Rien.',
      commune: communeA(),
    })
    return matrix.tookEffect(status, (await count('shared-incidents', { incident: { equals: incident } })) === 1)
  },
  'shared-incidents | share an incident for B': async ({ as }) => {
    const title = `Partage ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/shared-incidents', {
      title,
      summary: 'Résumé.',
      vector: 'autre',
      whatHelped: 'Rien.',
      commune: communeB(),
    })
    return matrix.tookEffect(
      status,
      (await count('shared-incidents', { and: [{ title: { equals: title } }, { commune: { equals: communeB() } }] })) === 1,
    )
  },
  'shared-incidents | update an incident A shared': async ({ as }) => {
    const whatHelped = `Aide ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/shared-incidents/${ids.sharedA}`, { whatHelped })
    return matrix.tookEffect(status, (await db().findByID({ collection: 'shared-incidents', id: ids.sharedA })).whatHelped === whatHelped)
  },
  'regional-alerts | read a published alert': ({ as }) => matrix.readById(as, 'regional-alerts', ids.published),
  'regional-alerts | read a draft alert': ({ as }) => matrix.readById(as, 'regional-alerts', ids.draft),
  'regional-alerts | read the shared incidents behind an alert': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/regional-alerts/${ids.published}?depth=0`)
    return matrix.tookEffect(status, status === 200 && Array.isArray(json.incidents) && json.incidents.includes(ids.sharedA))
  },
  'regional-alerts | raise an alert': async ({ as }) => {
    const title = `Alerte ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/regional-alerts', {
      title,
      whatToCheck: 'Vérifier.',
      expiresOn: inAWeek(),
      severity: 'critique',
    })
    return matrix.tookEffect(status, (await count('regional-alerts', { title: { equals: title } })) === 1)
  },
  'regional-alerts | update an alert': async ({ as }) => {
    const whatToCheck = `Vérifier ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/regional-alerts/${ids.draft}`, { whatToCheck })
    return matrix.tookEffect(status, (await db().findByID({ collection: 'regional-alerts', id: ids.draft })).whatToCheck === whatToCheck)
  },
  'regional-alerts | delete an alert': async ({ as }) => {
    const { id } = await alert('draft')
    const { status } = await as.request('DELETE', `/api/regional-alerts/${id}`)
    return matrix.tookEffect(status, !(await matrix.exists('regional-alerts', id)))
  },
  'alert-acknowledgements | read A’s check of an alert': ({ as }) => matrix.readById(as, 'alert-acknowledgements', ids.ackA),
  'alert-acknowledgements | mark an alert checked for A': async ({ as }) => {
    const { id } = await alert('published')
    const { status } = await as.request('POST', '/api/alert-acknowledgements', { alert: id, commune: communeA(), note: 'Fait.' })
    return matrix.tookEffect(
      status,
      (await count('alert-acknowledgements', { and: [{ alert: { equals: id } }, { commune: { equals: communeA() } }] })) === 1,
    )
  },
  'alert-acknowledgements | mark an alert checked for B': async ({ as }) => {
    const { id } = await alert('published')
    const { status } = await as.request('POST', '/api/alert-acknowledgements', { alert: id, commune: communeB() })
    return matrix.tookEffect(
      status,
      (await count('alert-acknowledgements', { and: [{ alert: { equals: id } }, { commune: { equals: communeB() } }] })) === 1,
    )
  },
  'alert-acknowledgements | mark a draft alert checked': async ({ as }) => {
    const { id } = await alert('draft')
    const { status } = await as.request('POST', '/api/alert-acknowledgements', { alert: id, commune: communeA() })
    return matrix.tookEffect(status, (await count('alert-acknowledgements', { alert: { equals: id } })) === 1)
  },
  'alert-acknowledgements | change A’s note': async ({ as }) => {
    const note = `Note ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/alert-acknowledgements/${ids.ackA}`, { note })
    return matrix.tookEffect(status, (await db().findByID({ collection: 'alert-acknowledgements', id: ids.ackA })).note === note)
  },
  'alert-acknowledgements | delete A’s check': async ({ as }) => {
    const { id: alertId } = await alert('published')
    const { id } = await db().create({ collection: 'alert-acknowledgements', data: { alert: alertId, commune: communeA() } })
    const { status } = await as.request('DELETE', `/api/alert-acknowledgements/${id}`)
    return matrix.tookEffect(status, !(await matrix.exists('alert-acknowledgements', id)))
  },
  'pages | read A’s note on the alert page': async ({ as }) => {
    // The note as it stands (the rows above change it).
    const { note } = await db().findByID({ collection: 'alert-acknowledgements', id: ids.ackA, depth: 0 })
    const { status, json } = await as.request('GET', `/alertes/${ids.published}`)
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes(String(note)))
  },
  'pages | read which communes checked an alert': async ({ as }) => {
    const { status, json } = await as.request('GET', `/alertes/${ids.published}`)
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('Communes ayant vérifié'))
  },
  'pages | read the alerts page': async ({ as }) => {
    const { status, json } = await as.request('GET', '/alertes')
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('Alerte Mirabelle'))
  },
  'pages | read the shared incidents on the alerts page': async ({ as }) => {
    const { status, json } = await as.request('GET', '/alertes')
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('Partage Sureau'))
  },
}

export const alerts: MatrixDomain = { operations, fixtures }
