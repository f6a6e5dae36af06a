/**
 * The access-matrix operations of the watch (veille, issue 24; docs/access.md): items read, proposed by COTEC members
 * as drafts, published by the coordination; the Atom feeds on the personal secret; search. Checked by
 * access-matrix-content.int.spec.ts, each operation judged by reading the database or the answer's content.
 */
import { calendarToken } from '@/events/feeds'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import * as matrix from '@tests/helpers/matrix'
import type { Context, MatrixDomain, Operations } from '@tests/helpers/matrix'

const db = () => matrix.payload
const ids = { published: 0, draft: 0, proposal: 0 }
const slugs = { published: '', draft: '' }
const words = { published: 'Chaconne', draft: 'Rigaudon', proposal: 'Passepied' }

/** An item written as the system (`proposedBy` the COTEC member when it is their proposal). */
const item = (title: string, status: 'published' | 'draft', proposedBy?: number) =>
  db().create({
    collection: 'watch-items',
    data: {
      title,
      slug: `veille-${matrix.unique()}`,
      kind: 'cybersecurite',
      summary: `Résumé ${title}.`,
      body: richTextFromBlocks([{ p: `Texte ${title}.` }]),
      measureNumbers: [23],
      proposedBy,
      _status: status,
    },
    draft: status === 'draft',
  })

async function fixtures() {
  const published = await item(`Veille ${words.published}`, 'published')
  const draft = await item(`Veille ${words.draft}`, 'draft')
  ids.published = published.id
  ids.draft = draft.id
  slugs.published = published.slug!
  slugs.draft = draft.slug!
  ids.proposal = (await item(`Veille ${words.proposal}`, 'draft', matrix.people.cotec.id)).id
}

const stored = (id: number) => db().findByID({ collection: 'watch-items', id, depth: 0, draft: true })

/** Seen by REST (by id and in the list, drafts asked for) or GraphQL. */
async function reads({ as }: Context, id: number, word: string) {
  const answers = await Promise.all([
    as.request('GET', `/api/watch-items/${id}`),
    as.request('GET', `/api/watch-items?draft=true&limit=100`),
    as.request('POST', '/api/graphql', { query: `{ WatchItems(draft: true, limit: 100) { docs { id title } } }` }),
    as.request('POST', '/api/graphql', { query: `{ WatchItem(id: ${id}, draft: true) { title } }` }),
  ])
  const seen = answers.some(({ json }) => JSON.stringify(json ?? '').includes(word))
  return matrix.tookEffect(answers[0]!.status, seen && answers[0]!.status === 200)
}

async function feedOf({ as, actor }: Context) {
  const token = actor
    ? await calendarToken(db(), await db().findByID({ collection: 'users', id: actor.id }))
    : 'anonymous-has-no-link-at-all-xx'
  return as.request('GET', `/flux/${token}/veille.atom`)
}

const operations: Operations = {
  'watch-items | read a published item': (ctx) => reads(ctx, ids.published, words.published),
  'watch-items | read a draft of the coordination (REST and GraphQL, draft=true)': (ctx) => reads(ctx, ids.draft, words.draft),
  'watch-items | read the COTEC member’s proposal (REST and GraphQL, draft=true)': (ctx) => reads(ctx, ids.proposal, words.proposal),
  'watch-items | propose a draft': async ({ as }) => {
    const title = `Proposition ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/watch-items', {
      title,
      kind: 'outils',
      summary: 'Un nouvel outil.',
      _status: 'draft',
    })
    const found = await db().count({ collection: 'watch-items', where: { title: { equals: title } } })
    return matrix.tookEffect(status, found.totalDocs === 1)
  },
  'watch-items | change the COTEC member’s proposal': async ({ as }) => {
    const summary = `Résumé ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/watch-items/${ids.proposal}`, { summary })
    return matrix.tookEffect(status, (await stored(ids.proposal)).summary === summary)
  },
  'watch-items | publish the COTEC member’s proposal': async ({ as }) => {
    const proposal = await item(`Proposition ${matrix.unique()}`, 'draft', matrix.people.cotec.id)
    const { status } = await as.request('PATCH', `/api/watch-items/${proposal.id}`, { _status: 'published' })
    const after = await db().findByID({ collection: 'watch-items', id: proposal.id, depth: 0 })
    return matrix.tookEffect(status, after._status === 'published')
  },
  'watch-items | create a published item': async ({ as }) => {
    const title = `Publication ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/watch-items', { title, kind: 'inclusion', summary: 'Publiée.', _status: 'published' })
    const found = await db().count({
      collection: 'watch-items',
      where: { and: [{ title: { equals: title } }, { _status: { equals: 'published' } }] },
    })
    return matrix.tookEffect(status, found.totalDocs === 1)
  },
  'watch-items | change a published item': async ({ as }) => {
    const summary = `Résumé ${matrix.unique()}`
    const { status } = await as.request('PATCH', `/api/watch-items/${ids.published}`, { summary })
    return matrix.tookEffect(status, (await stored(ids.published)).summary === summary)
  },
  'watch-items | delete': async ({ as }) => {
    const doomed = await item(`Jetable ${matrix.unique()}`, 'published')
    const { status } = await as.request('DELETE', `/api/watch-items/${doomed.id}`)
    return matrix.tookEffect(status, !(await matrix.exists('watch-items', doomed.id)))
  },
  "feeds | read the watch feed with one's own link": async (ctx) => {
    const { status, json } = await feedOf(ctx)
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes(`Veille ${words.published}`))
  },
  'feeds | read the watch feed with a wrong or revoked link': async ({ as, actor }) => {
    const user = actor ? await db().findByID({ collection: 'users', id: actor.id }) : null
    const old = user ? await calendarToken(db(), user) : 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
    if (user) await calendarToken(db(), user, { renew: true })
    const { status, json } = await as.request('GET', `/flux/${old}/veille.atom`)
    return matrix.tookEffect(status, status === 200 && String(json?.raw).includes('<feed'))
  },
  'feeds | see a draft or a proposal in the watch feed': async (ctx) => {
    const { status, json } = await feedOf(ctx)
    const raw = String(json?.raw)
    return matrix.tookEffect(status, raw.includes(words.draft) || raw.includes(words.proposal))
  },
  'search | find a published watch item': (ctx) => matrix.found(ctx, words.published, `/veille/${slugs.published}`),
  'search | find a draft watch item': (ctx) => matrix.found(ctx, words.draft, `/veille/${slugs.draft}`, { only: true }),
}

export const watch: MatrixDomain = { operations, fixtures }
