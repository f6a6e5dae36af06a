/**
 * The access-matrix operations of the commune's inventory of tools and « Qui utilise quoi » (docs/access.md, issue
 * 23), checked by access-matrix-content.int.spec.ts: commune A's lines over REST and GraphQL, the contract link, the
 * page and search, and that a commune which did not agree to be contacted is never named. Each operation reports
 * whether it took effect, read from the database or the page.
 */
import { expect } from 'vitest'

import * as matrix from '@tests/helpers/matrix'
import type { Context, MatrixDomain } from '@tests/helpers/matrix'
import { providerId } from '@tests/helpers/providers'

const ids = { process: 0, willingA: 0, unwillingA: 0, contractB: 0 }
const processKey = 'grille-outils'

/** Fixtures written as the system: a process, two lines of commune A (one willing, one not), a contract of B. */
async function inventoryFixtures() {
  const db = matrix.payload
  const { communeA, communeB } = matrix.people
  ids.process = (await db.create({ collection: 'processes', data: { key: processKey, position: 900, name: 'Processus de la grille' } })).id
  const line = (product: string, willingToBeContacted: boolean) =>
    db.create({
      collection: 'commune-tools',
      data: { commune: communeA.id, process: ids.process, product, willingToBeContacted, rating: 2 },
    })
  ids.willingA = (await line('Produit Ravenelle', true)).id
  ids.unwillingA = (await line('Produit Salsifis', false)).id
  ids.contractB = (
    await db.create({
      collection: 'contracts',
      data: {
        commune: communeB.id,
        provider: await providerId(db, 'Grille SA'),
        service: 'Contrat Livèche',
      },
    })
  ).id
}

/** The page's main content (the header names the reader's own commune). */
const mainOf = (html: string) => (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').replaceAll('<!-- -->', '')

async function productPage({ as, actor }: Context, key: string, product: string) {
  const { status, json } = await as.request('GET', `/qui-utilise-quoi/produit/${key}`)
  const main = mainOf(String(json?.raw ?? ''))
  // A logged-in reader sees the product: the check below is never passed by a page that failed.
  if (actor) expect(main).toContain(product)
  return { status, main }
}

function inventoryOperations(): Record<string, (ctx: Context) => Promise<boolean>> {
  const { tookEffect, readById, unique, found } = matrix
  const db = () => matrix.payload
  const communeA = () => matrix.people.communeA
  const record = async ({ as }: Context, commune: number) => {
    const product = `Produit ${unique()}`
    const { status } = await as.request('POST', '/api/commune-tools', { commune, process: ids.process, product })
    const made = await db().count({
      collection: 'commune-tools',
      where: { and: [{ product: { equals: product } }, { commune: { equals: commune } }] },
    })
    return tookEffect(status, made.totalDocs === 1)
  }
  return {
    'commune-tools | read an entry of A': ({ as }) => readById(as, 'commune-tools', ids.unwillingA),
    'commune-tools | read an entry of A through GraphQL': async ({ as }) => {
      const { status, json } = await as.request('POST', '/api/graphql', {
        query: `{ CommuneTools(limit: 100, where: { product: { equals: "Produit Salsifis" } }) { docs { id product } } }`,
      })
      const docs: { id: number }[] = json?.data?.CommuneTools?.docs ?? []
      return tookEffect(
        status,
        docs.some((doc) => doc.id === ids.unwillingA),
      )
    },
    'commune-tools | record an entry for A': (ctx) => record(ctx, communeA().id),
    'commune-tools | record an entry for B': (ctx) => record(ctx, matrix.people.communeB.id),
    'commune-tools | update an entry of A': async ({ as }) => {
      const comment = `Commentaire ${unique()}`
      const { status } = await as.request('PATCH', `/api/commune-tools/${ids.unwillingA}`, { comment })
      return tookEffect(status, (await db().findByID({ collection: 'commune-tools', id: ids.unwillingA })).comment === comment)
    },
    'commune-tools | delete an entry of A': async ({ as }) => {
      const { id } = await db().create({
        collection: 'commune-tools',
        data: { commune: communeA().id, process: ids.process, product: `À retirer ${unique()}` },
      })
      const { status } = await as.request('DELETE', `/api/commune-tools/${id}`)
      return tookEffect(status, !(await matrix.exists('commune-tools', id)))
    },
    'commune-tools | link an entry of A to a contract of B': async ({ as }) => {
      const { status } = await as.request('PATCH', `/api/commune-tools/${ids.willingA}`, { contract: ids.contractB })
      return tookEffect(status, Boolean((await db().findByID({ collection: 'commune-tools', id: ids.willingA, depth: 0 })).contract))
    },
    'pages | read « qui utilise quoi »': async ({ as }) => {
      const { status, json } = await as.request('GET', '/qui-utilise-quoi')
      return tookEffect(status, status === 200 && mainOf(String(json?.raw)).includes('Produit Ravenelle'))
    },
    'pages | read the name of a willing commune A on « qui utilise quoi »': async (ctx) => {
      const { status, main } = await productPage(ctx, 'produit-ravenelle', 'Produit Ravenelle')
      return tookEffect(status, status === 200 && main.includes(communeA().name))
    },
    'pages | read the name of an unwilling commune A on « qui utilise quoi »': async (ctx) => {
      const { status, main } = await productPage(ctx, 'produit-salsifis', 'Produit Salsifis')
      if (ctx.actor) expect(main).toContain('moins de 3 communes')
      return tookEffect(status, status === 200 && main.includes(communeA().name))
    },
    'search | find a product in use (« qui utilise quoi »)': (ctx) => found(ctx, 'Ravenelle', `/qui-utilise-quoi#${processKey}`),
    'search | find the name of an unwilling commune A through « qui utilise quoi »': async ({ as }) => {
      const { status, json } = await as.request('GET', `/api/search?q=${encodeURIComponent(communeA().name)}&type=outil`)
      const hits: { title: string; excerpt: { text: string }[] }[] = json?.hits ?? []
      const named = hits.some((hit) => `${hit.title} ${hit.excerpt.map((p) => p.text).join('')}`.includes(communeA().name))
      return tookEffect(status, (json?.byType?.outil ?? 0) > 0 || named)
    },
  }
}

export const inventory: MatrixDomain = { operations: inventoryOperations(), fixtures: inventoryFixtures }
