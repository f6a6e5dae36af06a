/**
 * The access-matrix operations of the provider records and the region's view of providers (docs/access.md),
 * checked by access-matrix-content.int.spec.ts. Each operation reports whether it took effect, read from the
 * database or from what the page and the export show.
 */
import type { Client } from '@tests/helpers/http'
import * as matrix from '@tests/helpers/matrix'
import type { MatrixDomain, Operation } from '@tests/helpers/matrix'
import { providerNamed } from '@tests/helpers/providers'

const ids = { provider: 0, thirdCommune: '' }
/** A commune no other fixture names and no page but the region's view shows: its name on a page is a leak. */
const thirdOfs = 6131

async function fixtures() {
  const db = matrix.payload
  const { communeA, communeB } = matrix.people
  const third = (await db.find({ collection: 'communes', where: { ofsNumber: { equals: thirdOfs } }, limit: 1 })).docs[0]!
  ids.thirdCommune = third.name
  ids.provider = (await db.create({ collection: 'providers', data: { name: 'Grille Régionale SA' } })).id
  for (const commune of [communeA.id, communeB.id, third.id])
    await db.create({ collection: 'contracts', data: { commune, provider: ids.provider, service: 'Service de la grille régionale' } })
  // Present in one commune only: the COPIL must read « moins de 3 », never « 1 commune ».
  await db.create({
    collection: 'contracts',
    data: { commune: communeA.id, provider: providerNamed('Grille Rare Sàrl'), service: 'Service rare' },
  })
}

const text = async (as: Client, path: string) => {
  const { status, json } = await as.request('GET', path)
  return { status, body: String(json?.raw ?? JSON.stringify(json)).replaceAll('<!-- -->', '') }
}
const view = (as: Client) => text(as, '/prestataires')
const csv = (as: Client) => text(as, '/prestataires/export?format=csv')
const providerExists = async (id: number) =>
  (await matrix.payload.count({ collection: 'providers', where: { id: { equals: id } } })).totalDocs === 1
const newProvider = async () =>
  (await matrix.payload.create({ collection: 'providers', data: { name: `Prestataire ${matrix.unique()}` } })).id
/** A commune count under the threshold, as a page or a file would show it. */
const smallCount = /\b[12] communes?\b|"Grille Rare Sàrl";"1"/

const operations: Record<string, Operation> = {
  'providers | read': ({ as }) => matrix.readById(as, 'providers', ids.provider),
  'providers | create': async ({ as }) => {
    const name = `Nouveau ${matrix.unique()}`
    const { status } = await as.request('POST', '/api/providers', { name })
    return matrix.tookEffect(
      status,
      (await matrix.payload.count({ collection: 'providers', where: { name: { equals: name } } })).totalDocs === 1,
    )
  },
  'providers | update': async ({ as }) => {
    const website = `https://grille-${matrix.unique()}.example`
    const { status } = await as.request('PATCH', `/api/providers/${ids.provider}`, { website })
    return matrix.tookEffect(status, (await matrix.payload.findByID({ collection: 'providers', id: ids.provider })).website === website)
  },
  'providers | delete': async ({ as }) => {
    const id = await newProvider()
    const { status } = await as.request('DELETE', `/api/providers/${id}`)
    return matrix.tookEffect(status, !(await providerExists(id)))
  },
  'providers | merge duplicates (`POST /api/providers/merge`, `/prestataires/fusionner`)': async ({ as }) => {
    const [keep, duplicate] = [await newProvider(), await newProvider()]
    const { status } = await as.request('POST', '/api/providers/merge', { keep, duplicates: [duplicate] })
    return matrix.tookEffect(status, !(await providerExists(duplicate)))
  },
  "providers | read the region's view of providers (`/prestataires`)": async ({ as }) => {
    const { status, body } = await view(as)
    return matrix.tookEffect(status, status === 200 && body.includes('Grille Régionale SA'))
  },
  "providers | see a commune's name in the region's view": async ({ as }) => {
    const { status, body } = await view(as)
    return matrix.tookEffect(status, status === 200 && body.includes(ids.thirdCommune))
  },
  "providers | export the region's view (`/prestataires/export`, CSV and XLSX)": async ({ as }) => {
    const file = await csv(as)
    const xlsx = await as.request('GET', '/prestataires/export?format=xlsx')
    matrix.tookEffect(xlsx.status, xlsx.status === 200)
    return matrix.tookEffect(file.status, file.status === 200 && xlsx.status === 200 && file.body.includes('Grille Régionale SA'))
  },
  "providers | see a commune's name in the export": async ({ as }) => {
    const { status, body } = await csv(as)
    return matrix.tookEffect(status, status === 200 && body.includes(ids.thirdCommune))
  },
  "providers | see a count under 3 communes in the region's view or its export": async ({ as }) => {
    const [page, file] = [await view(as), await csv(as)]
    const seen = (page.status === 200 && smallCount.test(page.body)) || (file.status === 200 && smallCount.test(file.body))
    matrix.tookEffect(file.status, seen)
    return matrix.tookEffect(page.status, seen)
  },
}

export const providers: MatrixDomain = { operations, fixtures }
