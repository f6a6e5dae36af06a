import type { Payload } from 'payload'

import { processes } from './content/processes'

/** The processes catalogue, each created once by key, in the order of the seed. */
export async function seedProcesses(payload: Payload) {
  const known = new Set((await payload.find({ collection: 'processes', limit: 0, pagination: false, depth: 0 })).docs.map((p) => p.key))
  const missing = processes.map((process, index) => ({ ...process, position: (index + 1) * 10 })).filter((p) => !known.has(p.key))
  for (const process of missing) await payload.create({ collection: 'processes', data: process })
  if (missing.length) payload.logger.info(`Seed: ${missing.length} municipal processes created`)
}
