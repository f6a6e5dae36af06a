import type { Payload } from 'payload'

import { noonOf } from '@/fields/day'

import { actors } from './content/actors'
import { initiatives } from './content/initiatives'

/** The actors of ANNEXE IV, each created once (by slug) and never overwritten. */
export async function seedActors(payload: Payload) {
  const known = new Set(
    (await payload.find({ collection: 'actors', limit: 0, pagination: false, depth: 0, select: { slug: true } })).docs.map((a) => a.slug),
  )
  const missing = actors.filter((actor) => !known.has(actor.slug))
  for (const { missions, ...actor } of missing)
    await payload.create({ collection: 'actors', data: { ...actor, missions: missions.map((text) => ({ text })) } })
  if (missing.length) payload.logger.info(`Seed: ${missing.length} actors created`)
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
