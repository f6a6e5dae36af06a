import type { Payload } from 'payload'

import { contractCriteria } from './content/contractCriteria'

/** The contract checklist (measure 11), each point created once by key, in the order of the seed. */
export async function seedContractCriteria(payload: Payload) {
  const known = new Set(
    (await payload.find({ collection: 'contract-criteria', limit: 0, pagination: false, depth: 0 })).docs.map((c) => c.key),
  )
  const missing = contractCriteria
    .map((criterion, index) => ({ ...criterion, position: (index + 1) * 10 }))
    .filter((c) => !known.has(c.key))
  for (const criterion of missing) await payload.create({ collection: 'contract-criteria', data: criterion })
  if (missing.length) payload.logger.info(`Seed: ${missing.length} contract checklist points created`)
}
