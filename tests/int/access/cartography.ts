/**
 * The access-matrix operations of the map, the actors, the contracts and the commune register (docs/access.md),
 * checked by access-matrix-content.int.spec.ts. Each operation reports whether it took effect, read from the database.
 */

import type { Payload } from 'payload'

import type { Client } from '@tests/helpers/http'
import * as matrix from '@tests/helpers/matrix'
import type { MatrixDomain } from '@tests/helpers/matrix'
import type { People, Person } from '@tests/helpers/people'
import { providerId, providerNamed } from '@tests/helpers/providers'

type Context = { as: Client; actor: Person | null; label: string }
type Operation = (ctx: Context) => Promise<boolean>

export type MatrixTools = {
  payload: () => Payload
  people: () => People
  tookEffect: (status: number, happened: boolean) => boolean
  readById: (as: Client, collection: string, id: number) => Promise<boolean>
  found: (ctx: Context, q: string, url: string, options?: { only?: boolean }) => Promise<boolean>
  unique: () => string
}

const ids = { actor: 0, published: 0, draft: 0, criterion: 0, contractA: 0, contractB: 0, registerA: 0, decisionA: 0, incidentA: 0 }

/** Fixtures written as the system (not the rules under test), before the search jobs run. */
export async function cartographyFixtures({ payload, people }: Pick<MatrixTools, 'payload' | 'people'>) {
  const db = payload()
  const { communeA, communeB } = people()
  ids.actor = (await db.find({ collection: 'actors', where: { slug: { equals: 'arvr' } } })).docs[0]!.id
  const initiative = (title: string, slug: string, status: 'published' | 'draft') =>
    db.create({
      collection: 'initiatives',
      data: {
        title,
        slug,
        summary: `Initiative ${title}.`,
        lead: ids.actor,
        themes: ['donnees'],
        level: 'regional',
        stage: 'en-cours',
        _status: status,
      },
      draft: status === 'draft',
    })
  ids.published = (await initiative('Initiative Pervenche', 'pervenche', 'published')).id
  ids.draft = (await initiative('Initiative Zygophylle', 'zygophylle', 'draft')).id
  ids.criterion = (await db.find({ collection: 'contract-criteria', sort: 'position', limit: 1 })).docs[0]!.id
  const contract = (commune: number, service: string) =>
    db.create({ collection: 'contracts', data: { commune, provider: providerNamed('Grille SA'), service } })
  ids.contractA = (await contract(communeA.id, 'Contrat Cardamome')).id
  ids.contractB = (await contract(communeB.id, 'Contrat Coriandre')).id
  ids.registerA = (
    await db.create({
      collection: 'commune-registers',
      data: {
        commune: communeA.id,
        referentName: 'Référent de la grille',
        referentFunction: 'secretaire',
        referentEmail: 'grille@test.local',
      },
    })
  ).id
  ids.decisionA = (await decision(db, communeA.id, 'Décision Gingembre')).id
  ids.incidentA = (await incident(db, communeA.id)).id
}

const decision = (db: Payload, commune: number, subject: string) =>
  db.create({
    collection: 'digital-decisions',
    data: { commune, decidedOn: '2026-10-01', subject, reason: 'Motif.', risks: 'Risques.', decidedBy: 'executif' },
  })
const incident = (db: Payload, commune: number) =>
  db.create({
    collection: 'digital-incidents',
    data: { commune, occurredOn: '2026-10-02', summary: 'Incident de la grille.', impact: 'Aucun.', actions: 'Aucune.', status: 'ouvert' },
  })

export function cartographyOperations(tools: MatrixTools): Record<string, Operation> {
  const { tookEffect, readById, found, unique } = tools
  const db = () => tools.payload()
  const communeA = () => tools.people().communeA.id
  const communeB = () => tools.people().communeB.id
  const exists = async (
    collection:
      'actors' | 'initiatives' | 'contracts' | 'commune-registers' | 'digital-decisions' | 'digital-incidents' | 'contract-criteria',
    id: number,
  ) => (await db().count({ collection, where: { id: { equals: id } } })).totalDocs === 1
  const created = async (collection: 'contracts' | 'digital-decisions' | 'digital-incidents', where: Record<string, unknown>) =>
    (await db().count({ collection, where: where as never })).totalDocs === 1
  const recordContract = async ({ as }: Context, commune: number) => {
    const service = `Contrat ${unique()}`
    const { status } = await as.request('POST', '/api/contracts', { provider: await providerId(db(), 'Grille SA'), service, commune })
    return tookEffect(status, await created('contracts', { and: [{ service: { equals: service } }, { commune: { equals: commune } }] }))
  }

  return {
    'actors | read': ({ as }) => readById(as, 'actors', ids.actor),
    'actors | create': async ({ as }) => {
      const slug = `acteur-${unique()}`
      const { status } = await as.request('POST', '/api/actors', { name: 'Acteur', slug, level: 'communal', summary: 'Essai.' })
      return tookEffect(status, (await db().count({ collection: 'actors', where: { slug: { equals: slug } } })).totalDocs === 1)
    },
    'actors | update': async ({ as }) => {
      const summary = `Présentation ${unique()}`
      const { status } = await as.request('PATCH', `/api/actors/${ids.actor}`, { summary })
      return tookEffect(status, (await db().findByID({ collection: 'actors', id: ids.actor })).summary === summary)
    },
    'actors | delete': async ({ as }) => {
      const { id } = await db().create({
        collection: 'actors',
        data: { name: 'À supprimer', slug: `supprimer-${unique()}`, level: 'communal', summary: 'Essai.' },
      })
      const { status } = await as.request('DELETE', `/api/actors/${id}`)
      return tookEffect(status, !(await exists('actors', id)))
    },
    'initiatives | read a published initiative': ({ as }) => readById(as, 'initiatives', ids.published),
    'initiatives | read a draft initiative': ({ as }) => readById(as, 'initiatives', ids.draft),
    'initiatives | create': async ({ as }) => {
      const slug = `initiative-${unique()}`
      const { status } = await as.request('POST', '/api/initiatives', {
        title: 'Essai',
        slug,
        summary: 'Essai.',
        lead: ids.actor,
        themes: ['formation'],
        level: 'communal',
        stage: 'en-cours',
        _status: 'published',
      })
      return tookEffect(status, (await db().count({ collection: 'initiatives', where: { slug: { equals: slug } } })).totalDocs === 1)
    },
    'initiatives | update': async ({ as }) => {
      const summary = `Résumé ${unique()}`
      const { status } = await as.request('PATCH', `/api/initiatives/${ids.published}`, { summary, _status: 'published' })
      return tookEffect(status, (await db().findByID({ collection: 'initiatives', id: ids.published })).summary === summary)
    },
    'initiatives | delete': async ({ as }) => {
      const { id } = await db().create({
        collection: 'initiatives',
        data: {
          title: 'À supprimer',
          slug: `supprimer-${unique()}`,
          summary: 'Essai.',
          lead: ids.actor,
          themes: ['formation'],
          level: 'communal',
          stage: 'en-cours',
        },
      })
      const { status } = await as.request('DELETE', `/api/initiatives/${id}`)
      return tookEffect(status, !(await exists('initiatives', id)))
    },
    'contract-criteria | read': ({ as }) => readById(as, 'contract-criteria', ids.criterion),
    'contract-criteria | update': async ({ as }) => {
      const advice = `Conseil ${unique()}`
      const { status } = await as.request('PATCH', `/api/contract-criteria/${ids.criterion}`, { advice })
      return tookEffect(status, (await db().findByID({ collection: 'contract-criteria', id: ids.criterion })).advice === advice)
    },
    'contracts | read a contract of A': ({ as }) => readById(as, 'contracts', ids.contractA),
    'contracts | read a contract of B': ({ as }) => readById(as, 'contracts', ids.contractB),
    'contracts | record a contract for A': (ctx) => recordContract(ctx, communeA()),
    'contracts | record a contract for B': (ctx) => recordContract(ctx, communeB()),
    'contracts | update a contract of A': async ({ as }) => {
      const notes = `Remarque ${unique()}`
      const { status } = await as.request('PATCH', `/api/contracts/${ids.contractA}`, { notes })
      return tookEffect(status, (await db().findByID({ collection: 'contracts', id: ids.contractA })).notes === notes)
    },
    'contracts | delete a contract of A': async ({ as }) => {
      const { id } = await db().create({
        collection: 'contracts',
        data: { commune: communeA(), provider: providerNamed('Grille SA'), service: 'À supprimer' },
      })
      const { status } = await as.request('DELETE', `/api/contracts/${id}`)
      return tookEffect(status, !(await exists('contracts', id)))
    },
    'contracts | set the notice deadline by hand': async ({ as }) => {
      const { status } = await as.request('PATCH', `/api/contracts/${ids.contractA}`, { noticeDeadline: '2030-01-01' })
      return tookEffect(status, Boolean((await db().findByID({ collection: 'contracts', id: ids.contractA })).noticeDeadline))
    },
    'commune-registers | read the register of A': ({ as }) => readById(as, 'commune-registers', ids.registerA),
    'commune-registers | update the référent of A': async ({ as }) => {
      const referentName = `Référent ${unique()}`
      const { status } = await as.request('PATCH', `/api/commune-registers/${ids.registerA}`, { referentName })
      return tookEffect(status, (await db().findByID({ collection: 'commune-registers', id: ids.registerA })).referentName === referentName)
    },
    'commune-registers | delete the register of A': async ({ as }) => {
      const { status } = await as.request('DELETE', `/api/commune-registers/${ids.registerA}`)
      const gone = !(await exists('commune-registers', ids.registerA))
      if (gone)
        ids.registerA = (
          await db().create({
            collection: 'commune-registers',
            data: {
              commune: communeA(),
              referentName: 'Référent de la grille',
              referentFunction: 'secretaire',
              referentEmail: 'grille@test.local',
            },
          })
        ).id
      return tookEffect(status, gone)
    },
    'digital-decisions | read a decision of A': ({ as }) => readById(as, 'digital-decisions', ids.decisionA),
    'digital-decisions | record a decision for A': async ({ as }) => {
      const subject = `Décision ${unique()}`
      const { status } = await as.request('POST', '/api/digital-decisions', {
        commune: communeA(),
        decidedOn: '2026-10-01',
        subject,
        reason: 'Motif.',
        risks: 'Risques.',
        decidedBy: 'executif',
      })
      return tookEffect(status, await created('digital-decisions', { subject: { equals: subject } }))
    },
    'digital-decisions | update a decision of A': async ({ as }) => {
      const reason = `Motif ${unique()}`
      const { status } = await as.request('PATCH', `/api/digital-decisions/${ids.decisionA}`, { reason })
      return tookEffect(status, (await db().findByID({ collection: 'digital-decisions', id: ids.decisionA })).reason === reason)
    },
    'digital-incidents | read an incident of A': ({ as }) => readById(as, 'digital-incidents', ids.incidentA),
    'digital-incidents | record an incident for A': async ({ as }) => {
      const summary = `Incident ${unique()}`
      const { status } = await as.request('POST', '/api/digital-incidents', {
        commune: communeA(),
        occurredOn: '2026-10-02',
        summary,
        impact: 'Aucun.',
        actions: 'Aucune.',
      })
      return tookEffect(status, await created('digital-incidents', { summary: { equals: summary } }))
    },
    'digital-incidents | close an incident of A': async ({ as }) => {
      const { id } = await incident(db(), communeA())
      const { status } = await as.request('PATCH', `/api/digital-incidents/${id}`, { status: 'clos' })
      return tookEffect(status, (await db().findByID({ collection: 'digital-incidents', id })).status === 'clos')
    },
    'pages | read the register page of A': async ({ as }) => {
      const { status, json } = await as.request('GET', `/ma-commune?commune=${communeA()}`)
      return tookEffect(status, status === 200 && String(json?.raw).includes('Décision Gingembre'))
    },
    'pages | read the cockpit of A (its indicators atop the register page)': async ({ as }) => {
      const { status, json } = await as.request('GET', `/ma-commune?commune=${communeA()}`)
      const page = String(json?.raw)
      return tookEffect(
        status,
        status === 200 && page.includes('id="tableau-de-bord"') && page.includes(`/ma-commune?commune=${communeA()}#decisions`),
      )
    },
    'pages | read a contract page of A': async ({ as }) => {
      const { status, json } = await as.request('GET', `/contrats/${ids.contractA}`)
      return tookEffect(status, status === 200 && String(json?.raw).includes('Contrat Cardamome'))
    },
    'search | find a published initiative': (ctx) => found(ctx, 'Pervenche', '/initiatives/pervenche'),
    'search | find a draft initiative': (ctx) => found(ctx, 'Zygophylle', '/initiatives/zygophylle', { only: true }),
    'search | find a contract of A': (ctx) => found(ctx, 'Cardamome', `/contrats/${ids.contractA}`, { only: true }),
  }
}

/** The rows above as a domain of the matrix, on the spec file's running world. */
const tools: MatrixTools = {
  payload: () => matrix.payload,
  people: () => matrix.people,
  tookEffect: matrix.tookEffect,
  readById: matrix.readById,
  found: matrix.found,
  unique: matrix.unique,
}
export const cartography: MatrixDomain = { operations: cartographyOperations(tools), fixtures: () => cartographyFixtures(tools) }
