/**
 * The commune's inventory of tools and « Qui utilise quoi » (issue 23) on real PostgreSQL, through the Local API as
 * each person: the commune pinned to the writer's, the contract of the same commune only, providers found by name
 * or created once, bad values refused in French with nothing written, and the anonymity rules of the aggregates
 * (docs/access.md): a commune that did not agree is never named, under 3 communes nothing of it is said, and search
 * carries product names only. The HTTP paths (REST, GraphQL, pages, search) are rows of the access matrix.
 */
import { type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshProcessProducts } from '@/inventory/processProducts'
import { productKey } from '@/inventory/products'
import { saveTool, type ToolInput } from '@/inventory/save'
import { loadProduct, loadWhoUsesWhat } from '@/inventory/whoUsesWhat'
import type { Commune, User } from '@/payload-types'
import { toSearchDocument } from '@/search/sources'
import { bootPayload } from '@tests/helpers/payload'
import { createPeople, createUser, type People } from '@tests/helpers/people'
import { providerId } from '@tests/helpers/providers'

let payload: Payload
let people: People
let communeC: Commune
let communeD: Commune
const users = {} as Record<'referentA' | 'employeeA' | 'referentB' | 'referentC' | 'referentD' | 'coordinator', User>
let process: { id: number; key: string }
let contractA: number
let contractB: number

const asUser = (user: User) => ({ user, overrideAccess: false as const })
const userDoc = async (id: number) => (await payload.findByID({ collection: 'users', id, depth: 0 })) as User
const input = (fields: Partial<ToolInput>): ToolInput => ({
  tool: null,
  commune: null,
  process: process.id,
  product: 'Produit',
  provider: '',
  hosting: null,
  hostingWhere: '',
  inUseSince: null,
  contract: null,
  rating: null,
  comment: '',
  willingToBeContacted: false,
  ...fields,
})
/** The French messages of a refused save (Payload's ValidationError carries them per field). */
async function refusal(saving: Promise<unknown>): Promise<string> {
  try {
    await saving
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors.map((e) => e.message).join(' ')
  }
  throw new Error('the save was not refused')
}
const linesOf = async (product: string) =>
  (await payload.find({ collection: 'commune-tools', where: { product: { equals: product } }, depth: 0, limit: 0, pagination: false })).docs

beforeAll(async () => {
  ;({ payload } = await bootPayload({ RELAIS_DEMO: 'off' }))
  people = await createPeople(payload, 'inventory')
  const others = (
    await payload.find({
      collection: 'communes',
      where: { id: { not_in: [people.communeA.id, people.communeB.id] } },
      limit: 2,
      sort: 'name',
    })
  ).docs
  ;[communeC, communeD] = others as [Commune, Commune]
  const referent = async (email: string, commune: number) =>
    userDoc((await createUser(payload, { email, name: `Référent ${email}`, roles: ['member'], commune, communeReferent: true })).id)
  users.referentA = await referent('ref.a@test.local', people.communeA.id)
  users.referentB = await referent('ref.b@test.local', people.communeB.id)
  users.referentC = await referent('ref.c@test.local', communeC.id)
  users.referentD = await referent('ref.d@test.local', communeD.id)
  users.employeeA = await userDoc(
    (await createUser(payload, { email: 'emp.a@test.local', name: 'Employé A', roles: ['member'], commune: people.communeA.id })).id,
  )
  users.coordinator = await userDoc(people.coordinator.id)
  process = (await payload.find({ collection: 'processes', where: { key: { equals: 'salaires' } }, limit: 1 })).docs[0]!
  const provider = await providerId(payload, 'Fournisseur')
  const contract = async (commune: number, service: string) =>
    (await payload.create({ collection: 'contracts', data: { commune, provider, service } })).id
  contractA = await contract(people.communeA.id, 'Contrat de paie A')
  contractB = await contract(people.communeB.id, 'Contrat de paie B')
  await payload.create({
    collection: 'commune-registers',
    data: {
      commune: people.communeA.id,
      referentName: 'Rémi Référent',
      referentFunction: 'secretaire',
      referentEmail: 'remi@commune-a.test',
    },
  })
  await payload.create({
    collection: 'commune-registers',
    data: {
      commune: people.communeB.id,
      referentName: 'Berthe Cachée',
      referentFunction: 'secretaire',
      referentEmail: 'berthe@commune-b.test',
    },
  })
})
afterAll(async () => {
  await payload?.destroy()
})

describe('the commune’s inventory', () => {
  it('is written by the référent for their own commune only: naming another commune is refused', async () => {
    const saved = await saveTool(payload, users.referentA, input({ product: 'Paie Ancolie', commune: people.communeB.id }))
    expect(saved.ok).toBe(true)
    expect((await linesOf('Paie Ancolie')).map((l) => l.commune)).toEqual([people.communeA.id])
    await expect(
      payload.create({
        collection: 'commune-tools',
        data: { commune: people.communeB.id, process: process.id, product: 'Paie Intruse' },
        ...asUser(users.referentA),
      }),
    ).rejects.toThrow()
    expect(await linesOf('Paie Intruse')).toEqual([])
  })

  it('is read by every member of the commune, written by none but its secretary or référent, unseen by other communes', async () => {
    await expect(
      payload.create({
        collection: 'commune-tools',
        data: { process: process.id, product: 'Paie Employé' } as never,
        ...asUser(users.employeeA),
      }),
    ).rejects.toThrow()
    const read = async (user: User) =>
      (await payload.find({ collection: 'commune-tools', where: { product: { equals: 'Paie Ancolie' } }, ...asUser(user) })).totalDocs
    expect(await read(users.employeeA)).toBe(1)
    expect(await read(users.referentB)).toBe(0)
    expect(await read(users.coordinator)).toBe(1)
  })

  it('links only a contract of the same commune, and refuses another commune’s in French with nothing written', async () => {
    const refused = saveTool(
      payload,
      users.referentA,
      input({ product: 'Paie Bourrache', contract: contractB, provider: 'Prestataire Jamais Créé' }),
    )
    expect(await refusal(refused)).toMatch(/pas un contrat de la commune/)
    expect(await linesOf('Paie Bourrache')).toEqual([])
    // The provider typed in the refused form was not left behind: one transaction.
    expect((await payload.count({ collection: 'providers', where: { name: { equals: 'Prestataire Jamais Créé' } } })).totalDocs).toBe(0)
    expect((await saveTool(payload, users.referentA, input({ product: 'Paie Bourrache', contract: contractA }))).ok).toBe(true)
    expect((await linesOf('Paie Bourrache'))[0]!.contract).toBe(contractA)
  })

  it('refuses a rating outside 1–5 and a year before 1970 or in the future, in French', async () => {
    expect(await refusal(saveTool(payload, users.referentA, input({ product: 'Paie Cerfeuil', rating: 6 })))).toBe('La note va de 1 à 5.')
    expect(await refusal(saveTool(payload, users.referentA, input({ product: 'Paie Cerfeuil', inUseSince: 1900 })))).toMatch(
      /année entre 1970/,
    )
    expect(await refusal(saveTool(payload, users.referentA, input({ product: 'Paie Cerfeuil', inUseSince: 2999 })))).toMatch(
      /année entre 1970/,
    )
    expect(await linesOf('Paie Cerfeuil')).toEqual([])
  })

  it('finds a typed provider by its name or another name, whatever the case, and creates a new one once', async () => {
    const known = await payload.create({ collection: 'providers', data: { name: 'Logiciels Dahlia SA', aliases: [{ name: 'LDSA' }] } })
    await saveTool(payload, users.referentA, input({ product: 'Paie Dahlia 1', provider: 'logiciels  dahlia sa' }))
    await saveTool(payload, users.referentB, input({ product: 'Paie Dahlia 2', provider: 'ldsa' }))
    expect((await linesOf('Paie Dahlia 1'))[0]!.provider).toBe(known.id)
    expect((await linesOf('Paie Dahlia 2'))[0]!.provider).toBe(known.id)
    await saveTool(payload, users.referentA, input({ product: 'Paie Églantine 1', provider: 'Nouveau Prestataire Églantine' }))
    await saveTool(payload, users.referentB, input({ product: 'Paie Églantine 2', provider: 'NOUVEAU PRESTATAIRE EGLANTINE' }))
    const created = await payload.find({ collection: 'providers', where: { name: { like: 'Églantine' } } })
    expect(created.totalDocs).toBe(1)
    expect((await linesOf('Paie Églantine 2'))[0]!.provider).toBe(created.docs[0]!.id)
  })
})

describe('« Qui utilise quoi »', () => {
  const usageOf = async (user: User, key: string) =>
    (await loadWhoUsesWhat(payload, user)).find((p) => p.id === process.id)!.products.find((p) => p.key === key)

  it('names a willing commune with its référent, says « moins de 3 » and nothing of the unwilling one under 3', async () => {
    await saveTool(
      payload,
      users.referentA,
      input({ product: 'Paie Fenouil', rating: 5, comment: 'Très satisfaits.', willingToBeContacted: true }),
    )
    await saveTool(payload, users.referentB, input({ product: 'paie fenouil', rating: 1, comment: 'Secret de la commune B.' }))
    const all = await loadWhoUsesWhat(payload, users.referentD)
    const usage = all.find((p) => p.id === process.id)!.products.find((p) => p.key === 'paie-fenouil')!
    expect(usage.communes.label).toBe('moins de 3 communes')
    expect(usage.named).toEqual([{ commune: people.communeA.name, referentName: 'Rémi Référent', referentEmail: 'remi@commune-a.test' }])
    expect(usage.average).toBeNull()
    expect(usage.unnamed).toBeNull()
    const text = JSON.stringify(all)
    for (const hidden of [people.communeB.name, 'Berthe Cachée', 'berthe@commune-b.test', 'Secret de la commune B.'])
      expect(text).not.toContain(hidden)
  })

  it('from 3 communes: the exact count, the average, and the unwilling communes’ comments without their names', async () => {
    await saveTool(payload, users.referentC, input({ product: 'Paie Fenouil', rating: 3, comment: 'Correct.' }))
    const usage = (await usageOf(users.referentD, 'paie-fenouil'))!
    expect(usage.communes).toEqual({ exact: 3, label: '3 communes' })
    expect(usage.average).toBe(3)
    expect(usage.unnamed).toBe(2)
    expect(usage.comments).toEqual([
      { text: 'Très satisfaits.', commune: people.communeA.name },
      { text: 'Correct.', commune: null },
      { text: 'Secret de la commune B.', commune: null },
    ])
    const text = JSON.stringify(await loadWhoUsesWhat(payload, users.referentD))
    for (const hidden of [people.communeB.name, communeC.name, 'berthe@commune-b.test']) expect(text).not.toContain(hidden)
  })

  it('shows the same to the coordination: staff read the same aggregates, not the lines', async () => {
    expect(await usageOf(users.coordinator, 'paie-fenouil')).toEqual(await usageOf(users.referentD, 'paie-fenouil'))
  })

  it('gives a product page with the same rules, and nothing for an unknown product', async () => {
    const product = (await loadProduct(payload, users.referentD, 'paie-fenouil'))!
    expect(product.name).toBe('Paie Fenouil')
    expect(product.usages.map((u) => u.process.key)).toEqual(['salaires'])
    expect(JSON.stringify(product)).not.toContain(people.communeB.name)
    expect(await loadProduct(payload, users.referentD, 'produit-inconnu')).toBeNull()
  })

  it('names a published guide mentioning the product on its page', async () => {
    const guide = (await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, limit: 1 })).docs[0]!
    const word = guide.title.split(/\s+/).find((w) => w.length > 6)!
    await saveTool(payload, users.referentA, input({ product: word }))
    const product = (await loadProduct(payload, users.referentD, productKey(word)))!
    expect(product.mentions.map((m) => m.url)).toContain(`/guides/${guide.slug}`)
  })

  it('is found in search by its products, never by a commune: the process’s entry carries product names only', async () => {
    await refreshProcessProducts(payload, process.id)
    const doc = await payload.findByID({ collection: 'processes', id: process.id, depth: 0 })
    const entry = toSearchDocument('processes', doc)!
    expect(entry.visibility).toBe('members')
    expect(entry.url).toBe('/qui-utilise-quoi#salaires')
    expect(entry.text).toContain('Paie Fenouil')
    for (const name of [people.communeA.name, people.communeB.name, communeC.name]) expect(JSON.stringify(entry)).not.toContain(name)
  })

  it('forgets a product once no commune uses it any more', async () => {
    const [line] = await linesOf('Paie Ancolie')
    await payload.delete({ collection: 'commune-tools', id: line!.id, ...asUser(users.referentA) })
    const doc = await payload.findByID({ collection: 'processes', id: process.id, depth: 0 })
    expect(doc.productsInUse).not.toContain('Paie Ancolie')
    expect(await usageOf(users.referentD, 'paie-ancolie')).toBeUndefined()
  })
})
