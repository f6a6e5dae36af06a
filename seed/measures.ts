import type { Payload } from 'payload'

import type { Measure } from '@/payload-types'

import { measures } from './content/measures'

/**
 * Where the strategy says measures 34–38 stand: the header of their rows in ANNEXE III (source 004) reads
 * « Axe: « Valorisation des données » (mesures déjà appliquées – comprises dans les budgets « gouvernance
 * numérique » validés en 2021 et 2022) ». Every other measure starts « non renseigné »: the strategy says nothing
 * of where it stands. Progress starts at 0 for all (the source gives no percentage).
 */
export const appliedMeasures = [34, 35, 36, 37, 38]

const startingStatus = (number: number): Measure['status'] => (appliedMeasures.includes(number) ? 'appliquee' : 'non-renseigne')

/** The 38 measures of ANNEXE III, in the strategy's order (rank = number at first); creates only the missing ones. */
export async function seedMeasures(payload: Payload) {
  const existing = await payload.find({ collection: 'measures', limit: 0, pagination: false, depth: 0, select: { number: true } })
  const known = new Set(existing.docs.map((doc) => doc.number))
  const missing = measures.filter((measure) => !known.has(measure.number))
  for (const measure of missing) {
    await payload.create({
      collection: 'measures',
      data: { ...measure, rank: measure.number, status: startingStatus(measure.number), progress: 0 },
    })
  }
  if (missing.length) payload.logger.info(`Seed: ${missing.length} measures created`)
}

/**
 * The deliverables that the seeded content holds, linked only where the measure's « Livrable » names that kind of
 * thing and the content says it answers that measure:
 * - 1 « Guide (bonnes pratiques + actions minimales) » ← the guide « Sauvegardes et tests de restauration », whose
 *   sources cite « mesure 1 »;
 * - 3 « Guide pratique » (nommage des documents) ← the guide « Nommer et classer les documents »;
 * - 2 « Modèles mis à disposition » (cahiers des charges types) ← the templates of category « cahier-des-charges »
 *   (seed/content/templates.ts: the job descriptions answer measure 2);
 * - 27 « Tenue des symposiums » ← the event series « symposium »;
 * - 21, 23, 24 « Veille & partage de connaissances » ← the watch kinds their titles name (outils, cybersécurité,
 *   inclusion), as `src/watch/kinds.ts` pairs them.
 * Other measures stay without links. A measure is linked only while it has no link at all and no history (nobody
 * touched it): links staff removed are not put back. Linking a published deliverable starts the measure
 * (src/measures/deliverables.ts), which its history records as automatic.
 */
export async function seedMeasureDeliverables(payload: Payload) {
  const idsOf = async (collection: 'guides' | 'templates', where: object) =>
    (await payload.find({ collection, where: where as never, depth: 0, limit: 0, pagination: false })).docs.map((d) => d.id)
  type Links = Pick<Measure, 'deliverableGuides' | 'deliverableTemplates' | 'deliverableEventTypes' | 'deliverableWatchKinds'>
  const links: Record<number, Partial<Links>> = {
    1: { deliverableGuides: await idsOf('guides', { slug: { equals: 'sauvegardes' } }) },
    2: { deliverableTemplates: await idsOf('templates', { category: { equals: 'cahier-des-charges' } }) },
    3: { deliverableGuides: await idsOf('guides', { slug: { equals: 'nommage-documents' } }) },
    21: { deliverableWatchKinds: ['outils'] },
    23: { deliverableWatchKinds: ['cybersecurite'] },
    24: { deliverableWatchKinds: ['inclusion'] },
    27: { deliverableEventTypes: ['symposium'] },
  }
  let linked = 0
  for (const [number, data] of Object.entries(links)) {
    if (Object.values(data).every((value) => !value?.length)) continue
    const measure = (await payload.find({ collection: 'measures', where: { number: { equals: Number(number) } }, depth: 0, limit: 1 }))
      .docs[0]
    if (!measure) continue
    const hasLinks = [
      measure.deliverableGuides,
      measure.deliverableTemplates,
      measure.deliverableEventTypes,
      measure.deliverableWatchKinds,
    ].some((value) => value?.length)
    if (hasLinks) continue
    if ((await payload.count({ collection: 'measure-updates', where: { measure: { equals: measure.id } } })).totalDocs > 0) continue
    await payload.update({ collection: 'measures', id: measure.id, data })
    linked++
  }
  if (linked) payload.logger.info(`Seed: deliverables linked to ${linked} measures`)
}
