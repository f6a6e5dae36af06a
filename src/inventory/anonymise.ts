import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { productKey, usualSpelling } from './products'
import { minimumCommunes } from './vocabulary'

/**
 * The rules of « Qui utilise quoi » (docs/access.md, « Qui utilise quoi »), as one pure function over every
 * commune's inventory: what it returns is all another commune may learn from it.
 * - A commune is counted once per product and process, whatever its number of lines.
 * - A count under `minimumCommunes` (3) is never given: it reads « moins de 3 ».
 * - Only the communes that agreed to be contacted are named, with their référent's name and e-mail; the others
 *   are counted, never named, and nothing is said about how many of them there are when the count is under 3.
 * - The average rating is given only when at least 3 communes rated the product, so that no single rating can be
 *   read from it; a rating alone is never shown.
 * - A comment of a named commune is shown with its name. A comment of a commune that did not agree is shown,
 *   without a name, only when at least 3 communes use the product; such comments are sorted by their text,
 *   so that their order says nothing about who wrote them.
 */

/** One line of a commune's inventory, as the service reads it (as the system). */
export type InventoryLine = {
  commune: number
  process: number
  product: string
  provider: number | null
  rating: number | null
  comment: string | null
  willingToBeContacted: boolean
}

export type Contact = { commune: string; referentName: string | null; referentEmail: string | null }

/**
 * How many communes, as may be said: the number from 3 on, else « moins de 3 » (`exact` null). `label` says it in
 * the default language; pages say it in the reader's from `exact` (inventory.usage.communes).
 */
export type CommuneCount = { exact: number | null; label: string }

export type Comment = { text: string; commune: string | null }

export type ProductUsage = {
  key: string
  name: string
  providers: string[]
  communes: CommuneCount
  named: Contact[]
  /** The communes counted but not named, when the count may be given (3 communes or more); else null. */
  unnamed: number | null
  average: number | null
  comments: Comment[]
}

export type ProcessUsage = { id: number; key: string; name: string; products: ProductUsage[] }

export type Directory = {
  processes: { id: number; key: string; name: string }[]
  providerName: (id: number) => string | null
  /** Only ever asked about a commune that agreed to be contacted. */
  contactOf: (commune: number) => Contact
}

export const countLabel = (count: number): CommuneCount => {
  const exact = count >= minimumCommunes ? count : null
  return { exact, label: translatorFor(defaultLocale, 'inventory.usage')('communes', { exact: exact ?? 0, minimum: minimumCommunes }) }
}

type PerCommune = { willing: boolean; ratings: number[]; comments: string[] }

function usageOf(key: string, lines: InventoryLine[], directory: Directory): ProductUsage {
  const byCommune = new Map<number, PerCommune>()
  for (const line of lines) {
    const one = byCommune.get(line.commune) ?? { willing: false, ratings: [], comments: [] }
    one.willing ||= line.willingToBeContacted
    if (line.rating != null) one.ratings.push(line.rating)
    if (line.comment?.trim()) one.comments.push(line.comment.trim())
    byCommune.set(line.commune, one)
  }
  const count = byCommune.size
  const enough = count >= minimumCommunes
  const willing = [...byCommune.entries()].filter(([, one]) => one.willing)
  const named = willing.map(([commune]) => ({ id: commune, ...directory.contactOf(commune) }))
  named.sort((a, b) => a.commune.localeCompare(b.commune, 'fr'))
  const ratings = [...byCommune.values()].filter((one) => one.ratings.length).map((one) => mean(one.ratings))
  const namedComments = named.flatMap(({ id, commune }) => byCommune.get(id)!.comments.map((text) => ({ text, commune })))
  const anonymousComments = enough
    ? [...byCommune.values()]
        .filter((one) => !one.willing)
        .flatMap((one) => one.comments)
        .sort((a, b) => a.localeCompare(b, 'fr'))
        .map((text) => ({ text, commune: null }))
    : []
  const providers = new Set(
    lines.map((line) => (line.provider == null ? null : directory.providerName(line.provider))).filter((n) => n != null),
  )
  return {
    key,
    name: usualSpelling(lines.map((line) => line.product)),
    providers: [...providers].sort((a, b) => a.localeCompare(b, 'fr')),
    communes: countLabel(count),
    named: named.map(({ commune, referentName, referentEmail }) => ({ commune, referentName, referentEmail })),
    unnamed: enough ? count - named.length : null,
    average: ratings.length >= minimumCommunes ? Math.round(mean(ratings) * 10) / 10 : null,
    comments: [...namedComments, ...anonymousComments],
  }
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length

/** Per process of the catalogue (in its order): the products in use, most used first. */
export function whoUsesWhatFrom(lines: InventoryLine[], directory: Directory): ProcessUsage[] {
  return directory.processes.map((process) => {
    const groups = new Map<string, InventoryLine[]>()
    for (const line of lines) {
      if (line.process !== process.id) continue
      const key = productKey(line.product)
      if (key) groups.set(key, [...(groups.get(key) ?? []), line])
    }
    const products = [...groups.entries()].map(([key, group]) => ({
      usage: usageOf(key, group, directory),
      size: new Set(group.map((l) => l.commune)).size,
    }))
    // Most used first; the order among products under the threshold says nothing more than « moins de 3 ».
    products.sort((a, b) => bucket(b.size) - bucket(a.size) || a.usage.name.localeCompare(b.usage.name, 'fr'))
    return { ...process, products: products.map((p) => p.usage) }
  })
}

const bucket = (size: number) => (size >= minimumCommunes ? size : 0)
