/**
 * The access-matrix operations of follows, notifications and the digest's unsubscribe links (issue 24;
 * docs/access.md), checked by access-matrix-content.int.spec.ts. Each operation reports whether it took effect,
 * read from the database.
 */
import { expect } from 'vitest'

import { unsubscribeToken } from '@/follow/unsubscribe'
import * as matrix from '@tests/helpers/matrix'
import type { Context, MatrixDomain, Operations } from '@tests/helpers/matrix'

const ids = { followOfEmployeeA: 0, notificationOfEmployeeA: 0 }
const db = () => matrix.payload

const notification = (recipient: number, eventKey: string) =>
  db().create({
    collection: 'notifications',
    data: {
      recipient,
      kind: 'watch-item',
      eventKey,
      title: 'Veille Tilleul',
      url: '/veille/tilleul',
      subjectCollection: 'guides',
      subjectId: '0',
    },
  })

async function fixtures() {
  const employeeA = matrix.employeeA.id
  ids.followOfEmployeeA = (
    await db().create({ collection: 'follows', data: { user: employeeA, target: 'watch-kind', key: 'inclusion', following: true } })
  ).id
  ids.notificationOfEmployeeA = (await notification(employeeA, `matrix:${matrix.unique()}`)).id
  await db().update({ collection: 'users', id: employeeA, data: { digestFrequency: 'daily', mutedNotifications: ['minutes'] } })
}

/** Seen by id, in the list or through GraphQL: the three must agree. */
async function readsOther({ as }: Context, collection: 'follows' | 'notifications', id: number, graphName: string) {
  const byId = await matrix.readById(as, collection, id)
  const list = await as.request('GET', `/api/${collection}?limit=100`)
  const listed = (list.json?.docs ?? []).some((doc: { id: number }) => doc.id === id)
  const graph = await as.request('POST', '/api/graphql', { query: `{ ${graphName}(limit: 100) { docs { id } } }` })
  const viaGraph = (graph.json?.data?.[graphName]?.docs ?? []).some((doc: { id: number }) => doc.id === id)
  expect(listed, 'REST list and by id agree').toBe(byId)
  expect(viaGraph, 'GraphQL and REST agree').toBe(byId)
  return byId
}

/** A record of the actor's own, read back over REST. */
async function readsOwn({ as, actor }: Context, collection: 'follows' | 'notifications') {
  if (!actor) return matrix.tookEffect((await as.request('GET', `/api/${collection}?limit=100`)).status, false)
  const { id } =
    collection === 'follows'
      ? await db().create({ collection, data: { user: actor.id, target: 'watch-kind', key: `outils-${matrix.unique()}`, following: true } })
      : await notification(actor.id, `matrix:${matrix.unique()}`)
  return matrix.readById(as, collection, id)
}

const link = (userId: number, kind: 'minutes' | 'watch-item', secret = db().secret) =>
  `/desabonnement/${unsubscribeToken(secret, userId, kind)}/confirmer`

const mutedOf = async (userId: number) =>
  (await db().findByID({ collection: 'users', id: userId, showHiddenFields: true })).mutedNotifications ?? []

const operations: Operations = {
  'follows | read own follows': (ctx) => readsOwn(ctx, 'follows'),
  'follows | read the follows of an employee of A (REST and GraphQL)': (ctx) =>
    readsOther(ctx, 'follows', ids.followOfEmployeeA, 'Follows'),
  'follows | create over the API': async ({ as, actor }) => {
    const key = `api-${matrix.unique()}`
    const { status } = await as.request('POST', '/api/follows', { user: actor?.id ?? matrix.employeeA.id, target: 'watch-kind', key })
    return matrix.tookEffect(status, (await db().count({ collection: 'follows', where: { key: { equals: key } } })).totalDocs === 1)
  },
  'follows | delete a follow of an employee of A': async ({ as }) => {
    const { status } = await as.request('DELETE', `/api/follows/${ids.followOfEmployeeA}`)
    return matrix.tookEffect(status, !(await matrix.exists('follows', ids.followOfEmployeeA)))
  },
  'notifications | read own notifications': (ctx) => readsOwn(ctx, 'notifications'),
  'notifications | read the notifications of an employee of A (REST and GraphQL)': (ctx) =>
    readsOther(ctx, 'notifications', ids.notificationOfEmployeeA, 'Notifications'),
  'notifications | create over the API': async ({ as, actor }) => {
    const eventKey = `api-${matrix.unique()}`
    const { status } = await as.request('POST', '/api/notifications', {
      recipient: actor?.id ?? matrix.employeeA.id,
      kind: 'minutes',
      eventKey,
      title: 'Faux',
      url: '/',
      subjectCollection: 'guides',
      subjectId: '1',
    })
    return matrix.tookEffect(
      status,
      (await db().count({ collection: 'notifications', where: { eventKey: { equals: eventKey } } })).totalDocs === 1,
    )
  },
  'notifications | read the digest settings of an employee of A (REST and GraphQL)': async ({ as }) => {
    const rest = await as.request('GET', `/api/users/${matrix.employeeA.id}`)
    const graph = await as.request('POST', '/api/graphql', {
      query: `{ Users(where: { id: { equals: ${matrix.employeeA.id} } }) { docs { id digestFrequency mutedNotifications } } }`,
    })
    const viaRest = rest.status === 200 && rest.json.digestFrequency === 'daily'
    const viaGraph = graph.json?.data?.Users?.docs?.[0]?.digestFrequency === 'daily'
    matrix.tookEffect(graph.status, viaGraph)
    return matrix.tookEffect(rest.status, viaRest || viaGraph)
  },
  'notifications | change the digest settings of an employee of A over the API': async ({ as }) => {
    const { status } = await as.request('PATCH', `/api/users/${matrix.employeeA.id}`, { digestFrequency: 'weekly' })
    const user = await db().findByID({ collection: 'users', id: matrix.employeeA.id, showHiddenFields: true })
    return matrix.tookEffect(status, user.digestFrequency === 'weekly')
  },
  'pages | read /compte/notifications': async ({ as }) => {
    const { status, json } = await as.request('GET', '/compte/notifications')
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('Votre résumé par e-mail'))
  },
  'pages | unsubscribe with the signed link of one’s own e-mail (no session)': async ({ as, actor }) => {
    const target = actor?.id ?? matrix.employeeB.id
    const { status } = await as.request('POST', link(target, 'watch-item'))
    return matrix.tookEffect(status, (await mutedOf(target)).includes('watch-item'))
  },
  'pages | unsubscribe an employee of A with a link changed or signed otherwise': async ({ as }) => {
    const employeeA = matrix.employeeA.id
    const other = await as.request('POST', link(employeeA, 'watch-item', 'a-guessed-secret'))
    const swapped = await as.request('POST', link(employeeA, 'minutes').replace('.minutes.', '.watch-item.'))
    matrix.tookEffect(other.status, false)
    return matrix.tookEffect(swapped.status, (await mutedOf(employeeA)).includes('watch-item'))
  },
}

export const follow: MatrixDomain = { operations, fixtures }
