import type { Payload } from 'payload'

import { measures } from './content/measures'

/** The 38 measures of ANNEXE III, in the strategy's order (rank = number at first); creates only the missing ones. */
export async function seedMeasures(payload: Payload) {
  const existing = await payload.find({ collection: 'measures', limit: 0, pagination: false, depth: 0, select: { number: true } })
  const known = new Set(existing.docs.map((doc) => doc.number))
  const missing = measures.filter((measure) => !known.has(measure.number))
  for (const measure of missing) {
    await payload.create({ collection: 'measures', data: { ...measure, rank: measure.number, status: 'a-lancer', progress: 0 } })
  }
  if (missing.length) payload.logger.info(`Seed: ${missing.length} measures created`)
}
