/**
 * The access-matrix operations of communes, account requests and their log, the audit trail, the rate limits' counts
 * and the permission map (docs/access.md).
 */
import {
  exists,
  type MatrixDomain,
  nextNumber,
  type Operations,
  payload,
  people,
  readById,
  tookEffect,
  unique,
} from '@tests/helpers/matrix'

const requestOf: Record<'A' | 'B' | 'unconfirmed A', number> = { A: 0, B: 0, 'unconfirmed A': 0 }
let eventA: number

async function accountRequest(commune: number, status: 'unconfirmed' | 'pending') {
  const doc = await payload.create({
    collection: 'account-requests',
    data: { name: 'Demandeur', email: `demande.${unique()}@test.local`, commune, function: 'Secrétariat', requestedRole: 'member', status },
  })
  return doc.id
}

/** One audit row per kind, written as the system on first use (commune A's carries a source address). */
const auditRows: Partial<Record<'A' | 'B' | 'region', Promise<number>>> = {}
const auditRow = (which: 'A' | 'B' | 'region') =>
  (auditRows[which] ??= payload
    .create({
      collection: 'audit-events',
      data: {
        action: 'record-updated',
        targetCollection: 'contracts',
        targetLabel: `Contrat de la grille (${which})`,
        sourceAddress: '192.0.2.44',
        commune: which === 'A' ? people.communeA.id : which === 'B' ? people.communeB.id : null,
      },
    })
    .then((row) => row.id))

async function fixtures() {
  requestOf.A = await accountRequest(people.communeA.id, 'pending')
  requestOf.B = await accountRequest(people.communeB.id, 'pending')
  requestOf['unconfirmed A'] = await accountRequest(people.communeA.id, 'unconfirmed')
  eventA = (
    await payload.create({
      collection: 'account-events',
      data: { type: 'requested', email: 'evenement@test.local', commune: people.communeA.id },
    })
  ).id
}

export const accountsOperations: Operations = {
  'communes | read': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/communes/${people.communeA.id}`)
    return tookEffect(status, status === 200 && json.name === people.communeA.name)
  },
  'communes | create': async ({ as }) => {
    const ofsNumber = 9000 + nextNumber()
    const { status } = await as.request('POST', '/api/communes', { name: `Essai ${ofsNumber}`, ofsNumber, district: '2312' })
    return tookEffect(
      status,
      (await payload.count({ collection: 'communes', where: { ofsNumber: { equals: ofsNumber } } })).totalDocs === 1,
    )
  },
  'communes | update': async ({ as }) => {
    const population = 1000 + nextNumber()
    const { status } = await as.request('PATCH', `/api/communes/${people.communeA.id}`, { population })
    return tookEffect(status, (await payload.findByID({ collection: 'communes', id: people.communeA.id })).population === population)
  },
  'communes | delete': async ({ as }) => {
    const commune = await payload.create({
      collection: 'communes',
      data: { name: 'Éphémère', ofsNumber: 8000 + nextNumber(), district: '2312' },
    })
    const { status } = await as.request('DELETE', `/api/communes/${commune.id}`)
    return tookEffect(status, !(await exists('communes', commune.id)))
  },
  'account-requests | read a confirmed request of A': async ({ as }) => readById(as, 'account-requests', requestOf.A),
  'account-requests | read an unconfirmed request of A': async ({ as }) => readById(as, 'account-requests', requestOf['unconfirmed A']),
  'account-requests | read a confirmed request of B': async ({ as }) => readById(as, 'account-requests', requestOf.B),
  'account-requests | create over the API': async ({ as }) => {
    const email = `api.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/account-requests', {
      name: 'Par API',
      email,
      commune: people.communeA.id,
      function: 'x',
      requestedRole: 'member',
    })
    return tookEffect(
      status,
      (await payload.count({ collection: 'account-requests', where: { email: { equals: email } } })).totalDocs === 1,
    )
  },
  'account-requests | decide a request of A': async ({ as }) => {
    const id = await accountRequest(people.communeA.id, 'pending')
    const { status } = await as.request('PATCH', `/api/account-requests/${id}`, { status: 'rejected', decisionComment: 'Essai' })
    return tookEffect(status, (await payload.findByID({ collection: 'account-requests', id })).status === 'rejected')
  },
  'account-requests | delete': async ({ as }) => {
    const id = await accountRequest(people.communeA.id, 'pending')
    const { status } = await as.request('DELETE', `/api/account-requests/${id}`)
    return tookEffect(status, !(await exists('account-requests', id)))
  },
  'account-events | read an event of A': async ({ as }) => readById(as, 'account-events', eventA),
  'account-events | create over the API': async ({ as }) => {
    const email = `evt.${unique()}@test.local`
    const { status } = await as.request('POST', '/api/account-events', { type: 'requested', email })
    return tookEffect(status, (await payload.count({ collection: 'account-events', where: { email: { equals: email } } })).totalDocs === 1)
  },
  // The audit trail (issue 17): read by staff and by a commune's validator for its rows; written by the system only.
  'audit-events | read a row of A': async ({ as }) => readById(as, 'audit-events', await auditRow('A')),
  'audit-events | read a row of B': async ({ as }) => readById(as, 'audit-events', await auditRow('B')),
  'audit-events | read a regional row (no commune)': async ({ as }) => readById(as, 'audit-events', await auditRow('region')),
  'audit-events | read the source address of a row': async ({ as }) => {
    const { status, json } = await as.request('GET', `/api/audit-events/${await auditRow('A')}`)
    return tookEffect(status, status === 200 && json.sourceAddress === '192.0.2.44')
  },
  'audit-events | create over the API': async ({ as }) => {
    const label = `Entrée forgée ${unique()}`
    const { status } = await as.request('POST', '/api/audit-events', {
      action: 'record-created',
      targetCollection: 'contracts',
      targetLabel: label,
    })
    return tookEffect(
      status,
      (await payload.count({ collection: 'audit-events', where: { targetLabel: { equals: label } } })).totalDocs === 1,
    )
  },
  'audit-events | update a row': async ({ as }) => {
    const id = await auditRow('A')
    const { status } = await as.request('PATCH', `/api/audit-events/${id}`, { targetLabel: 'Réécrite' })
    return tookEffect(status, (await payload.findByID({ collection: 'audit-events', id })).targetLabel === 'Réécrite')
  },
  'audit-events | delete a row': async ({ as }) => {
    const id = await auditRow('A')
    const { status } = await as.request('DELETE', `/api/audit-events/${id}`)
    return tookEffect(status, (await payload.count({ collection: 'audit-events', where: { id: { equals: id } } })).totalDocs === 0)
  },
  // The rate limits' counts (logins, e-mails, form stamps): the system's own, never read or written over the API.
  'throttle-events | read the list': async ({ as }) => {
    await payload.create({ collection: 'throttle-events', data: { action: 'login', subject: 'x', source: 'y' } })
    const { status, json } = await as.request('GET', '/api/throttle-events')
    return tookEffect(status, status === 200 && (json?.docs?.length ?? 0) > 0)
  },
  'throttle-events | create over the API': async ({ as }) => {
    const subject = `api-${unique()}`
    const { status } = await as.request('POST', '/api/throttle-events', { action: 'login', subject, source: 'z' })
    return tookEffect(
      status,
      (await payload.count({ collection: 'throttle-events', where: { subject: { equals: subject } } })).totalDocs === 1,
    )
  },
  'permissions | read the permission map (`GET /api/access`, GraphQL `Access`)': async ({ as }) => {
    const rest = await as.request('GET', '/api/access')
    const graphql = await as.request('POST', '/api/graphql', { query: '{ Access { canAccessAdmin } }' })
    const both = rest.status === 200 && Boolean(rest.json?.collections) && typeof graphql.json?.data?.Access?.canAccessAdmin === 'boolean'
    return tookEffect(rest.status, both)
  },
}

export const accounts: MatrixDomain = { operations: accountsOperations, fixtures }
