import type { Payload } from 'payload'

import { noonOf } from '@/fields/day'

import { actors, renamedActors } from './content/actors'
import { initiatives } from './content/initiatives'

/**
 * The actors of ANNEXE IV, each created once (by slug) and never overwritten, except a renamed actor (see
 * `renamedActors`) still holding the name an earlier seed gave it.
 */
export async function seedActors(payload: Payload) {
  await renameActors(payload)
  const known = new Set(
    (await payload.find({ collection: 'actors', limit: 0, pagination: false, depth: 0, select: { slug: true } })).docs.map((a) => a.slug),
  )
  const missing = actors.filter((actor) => !known.has(actor.slug))
  for (const { missions, ...actor } of missing)
    await payload.create({ collection: 'actors', data: { ...actor, missions: missions.map((text) => ({ text })) } })
  if (missing.length) payload.logger.info(`Seed: ${missing.length} actors created`)
}

async function renameActors(payload: Payload) {
  for (const { from, to, formerName } of renamedActors) {
    const [stored] = (await payload.find({ collection: 'actors', where: { slug: { equals: from } }, limit: 1, depth: 0 })).docs
    const current = actors.find((actor) => actor.slug === to)
    if (!stored || !current) continue
    if ((await payload.count({ collection: 'actors', where: { slug: { equals: to } } })).totalDocs > 0) continue
    const { missions: _missions, ...fields } = current
    // Through Payload, so that the search index follows; the missions (quotes of 004) are kept as they are.
    await payload.update({ collection: 'actors', id: stored.id, data: stored.name === formerName ? fields : { slug: to } })
    payload.logger.info(`Seed: actor ${from} is now ${to}`)
  }
}

/** The initiatives named in the sources, published, linked to their actors, communes and measures by key. */
export async function seedInitiatives(payload: Payload, list = initiatives) {
  const known = new Set(
    (await payload.find({ collection: 'initiatives', limit: 0, pagination: false, depth: 0, select: { slug: true } })).docs.map(
      (i) => i.slug,
    ),
  )
  const missing = list.filter((initiative) => !known.has(initiative.slug))
  if (!missing.length) return
  const ids = async (collection: 'actors' | 'communes' | 'measures', field: string, values: (string | number)[]) =>
    values.length
      ? (await payload.find({ collection, where: { [field]: { in: values } }, limit: 0, pagination: false, depth: 0 })).docs.map(
          (d) => d.id,
        )
      : []
  for (const { lead, partners, communeOfs, measureNumbers, startDate, endDate, ...initiative } of missing) {
    const [leadId] = await ids('actors', 'slug', [lead])
    await payload.create({
      collection: 'initiatives',
      data: {
        ...initiative,
        lead: leadId!,
        partners: await ids('actors', 'slug', partners),
        communes: await ids('communes', 'ofsNumber', communeOfs),
        measures: await ids('measures', 'number', measureNumbers),
        startDate: startDate ? noonOf(startDate) : undefined,
        endDate: endDate ? noonOf(endDate) : undefined,
        _status: 'published',
      },
      draft: false,
    })
  }
  payload.logger.info(`Seed: ${missing.length} initiatives created`)
}
