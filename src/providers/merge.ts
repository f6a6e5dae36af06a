import type { CollectionSlug, Payload } from 'payload'

import { isStaff } from '@/access/roles'
import { inTransaction } from '@/db/transaction'
import { idOf } from '@/fields/idOf'
import { serverTranslator } from '@/i18n/server'
import type { User } from '@/payload-types'
import { badInput, done, refuse, type Result } from '@/result'

const maxAliases = 20

/** A field that points to a provider record: contracts, actors, and whatever collection gains one later. */
type Reference = { collection: CollectionSlug; field: string; hasMany: boolean }

/**
 * Every top-level relationship to `providers` in the configuration, read from it rather than listed, so that a
 * collection that later points to providers (the inventory of issue 23) is moved by a merge without a change here.
 */
export function providerReferences(payload: Payload): Reference[] {
  return payload.config.collections
    .filter((collection) => !collection.slug.startsWith('payload-'))
    .flatMap((collection) =>
      collection.flattenedFields
        .filter((field) => field.type === 'relationship' && field.relationTo === 'providers')
        .map((field) => ({
          collection: collection.slug as CollectionSlug,
          field: field.name,
          hasMany: Boolean('hasMany' in field && field.hasMany),
        })),
    )
}

/**
 * Merges duplicate provider records into the one to keep, in one transaction: every contract, actor and other
 * record pointing to a duplicate now points to the kept one, the duplicates' names (and their own aliases)
 * become aliases of it, and the duplicates are deleted. Coordinators and admins only.
 */
export async function mergeProviders(
  payload: Payload,
  user: User,
  keep: number,
  duplicates: number[],
): Promise<Result<{ moved: number; merged: number }>> {
  const t = await serverTranslator('providers.merge')
  if (!isStaff(user)) return refuse(403, t('staffOnly'))
  if (duplicates.includes(keep)) return badInput(t('keptIsDuplicate'))
  const doubles = [...new Set(duplicates)]
  if (!doubles.length) return badInput(t('noDuplicate'))
  return inTransaction(payload, user, async ({ req, lock }) => {
    for (const id of [keep, ...doubles].sort((a, b) => a - b)) await lock('providers', id)
    const { docs } = await payload.find({
      collection: 'providers',
      where: { id: { in: [keep, ...doubles] } },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
    const kept = docs.find((p) => p.id === keep)
    if (!kept) return refuse(404, t('keptGone'))
    const merged = docs.filter((p) => p.id !== keep)
    if (merged.length !== doubles.length) return refuse(404, t('duplicateGone'))

    let moved = 0
    for (const { collection, field, hasMany } of providerReferences(payload)) {
      const found = await payload.find({
        collection,
        where: { [field]: { in: doubles } },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
      })
      for (const doc of found.docs as unknown as Record<string, unknown>[]) {
        const value = hasMany
          ? [...new Set((doc[field] as unknown[]).map((v) => idOf(v)).map((id) => (doubles.includes(id) ? keep : id)))]
          : keep
        await payload.update({ collection, id: doc.id as number, data: { [field]: value }, depth: 0, req })
        moved++
      }
    }

    const spelt = new Set([kept.name, ...(kept.aliases ?? []).map((a) => a.name)].map((n) => n.toLowerCase()))
    const aliases = [...(kept.aliases ?? []).map((a) => ({ name: a.name }))]
    for (const name of merged.flatMap((p) => [p.name, ...(p.aliases ?? []).map((a) => a.name)])) {
      if (spelt.has(name.toLowerCase()) || aliases.length >= maxAliases) continue
      spelt.add(name.toLowerCase())
      aliases.push({ name })
    }
    for (const duplicate of merged) await payload.delete({ collection: 'providers', id: duplicate.id, req })
    await payload.update({ collection: 'providers', id: keep, data: { aliases }, depth: 0, req })
    return done(t('done', { merged: merged.length, name: kept.name, moved }), { moved, merged: merged.length })
  })
}
