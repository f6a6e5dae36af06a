import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { idOf } from '@/fields/idOf'
import type { User } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { foldAccents } from '@/search/vocabulary'

import { type Contact, type InventoryLine, type ProcessUsage, type ProductUsage, whoUsesWhatFrom } from './anonymise'

/**
 * « Qui utilise quoi » (issue 23): every commune's inventory, read as the system, turned at once into the
 * anonymised aggregates of `whoUsesWhatFrom` (src/inventory/anonymise.ts). The only place where one commune's
 * page reads other communes' inventory lines: the lines never leave this module, only the aggregates do. What it
 * reads as the system is limited to the fields the rules need (no hosting, no contract, no author), and the
 * référent's name and e-mail are read only for the communes that agreed to be contacted.
 */
export async function loadWhoUsesWhat(payload: Payload, user: User): Promise<ProcessUsage[]> {
  if (!user) return []
  const [entries, processes, providers] = await Promise.all([
    payload.find({
      collection: 'commune-tools',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { commune: true, process: true, product: true, provider: true, rating: true, comment: true, willingToBeContacted: true },
    }),
    payload.find({ collection: 'processes', ...allAsUser(user), sort: 'position' }),
    payload.find({ collection: 'providers', ...allAsUser(user), select: { name: true } }),
  ])
  const lines: InventoryLine[] = entries.docs.map((entry) => ({
    commune: idOf(entry.commune),
    process: idOf(entry.process),
    product: entry.product,
    provider: entry.provider == null ? null : idOf(entry.provider),
    rating: entry.rating ?? null,
    comment: entry.comment ?? null,
    willingToBeContacted: Boolean(entry.willingToBeContacted),
  }))
  const willing = [...new Set(lines.filter((line) => line.willingToBeContacted).map((line) => line.commune))]
  const contacts = await contactsOf(payload, willing)
  const providerNames = new Map(providers.docs.map((provider) => [provider.id, provider.name]))
  return whoUsesWhatFrom(lines, {
    processes: processes.docs.map(({ id, key, name }) => ({ id, key, name })),
    providerName: (id) => providerNames.get(id) ?? null,
    contactOf: (commune) => contacts.get(commune) ?? { commune: 'Commune', referentName: null, referentEmail: null },
  })
}

/** The name and référent of the communes that agreed to be contacted (their register, read as the system). */
async function contactsOf(payload: Payload, communes: number[]): Promise<Map<number, Contact>> {
  if (!communes.length) return new Map()
  const read = { depth: 0, limit: 0, pagination: false as const, overrideAccess: true }
  const [names, registers] = await Promise.all([
    payload.find({ ...read, collection: 'communes', where: { id: { in: communes } }, select: { name: true } }),
    payload.find({
      ...read,
      collection: 'commune-registers',
      where: { commune: { in: communes } },
      select: { commune: true, referentName: true, referentEmail: true },
    }),
  ])
  const register = new Map(registers.docs.map((r) => [idOf(r.commune), r]))
  return new Map(
    names.docs.map((commune) => [
      commune.id,
      {
        commune: commune.name,
        referentName: register.get(commune.id)?.referentName ?? null,
        referentEmail: register.get(commune.id)?.referentEmail ?? null,
      },
    ]),
  )
}

export type Mention = { title: string; url: string; kind: 'Guide' | 'Initiative' }

export type ProductView = {
  key: string
  name: string
  usages: { process: { key: string; name: string }; usage: ProductUsage }[]
  mentions: Mention[]
}

/** One product across the processes it serves (same rules), and the published guides and initiatives naming it. */
export async function loadProduct(payload: Payload, user: User, key: string): Promise<ProductView | null> {
  const usages = (await loadWhoUsesWhat(payload, user)).flatMap((process) =>
    process.products
      .filter((product) => product.key === key)
      .map((usage) => ({ process: { key: process.key, name: process.name }, usage })),
  )
  if (!usages.length) return null
  const name = usages[0]!.usage.name
  return { key, name, usages, mentions: await mentionsOf(payload, user, name) }
}

/** Guides and initiatives whose text names the product (read as the user: published ones only, for members). */
async function mentionsOf(payload: Payload, user: User, product: string): Promise<Mention[]> {
  const wanted = foldAccents(product)
  const [guides, initiatives] = await Promise.all([
    payload.find({
      collection: 'guides',
      ...allAsUser(user),
      draft: false,
      select: { title: true, slug: true, summary: true, body: true },
    }),
    payload.find({
      collection: 'initiatives',
      ...allAsUser(user),
      draft: false,
      select: { title: true, slug: true, summary: true, description: true },
    }),
  ])
  const names = (text: string) => foldAccents(text).includes(wanted)
  return [
    ...guides.docs
      .filter((guide) => names([guide.title, guide.summary, plainText(guide.body)].join(' ')))
      .map((guide) => ({ title: guide.title, url: `/guides/${guide.slug}`, kind: 'Guide' as const })),
    ...initiatives.docs
      .filter((initiative) => names([initiative.title, initiative.summary, initiative.description ?? ''].join(' ')))
      .map((initiative) => ({ title: initiative.title, url: `/initiatives/${initiative.slug}`, kind: 'Initiative' as const })),
  ]
}
