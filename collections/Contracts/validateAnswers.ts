import type { Validate } from 'payload'

import { idOf } from '@/fields/idOf'

type Row = { criterion?: unknown }

/** One answer per key point, and only to points that exist (a removed or made-up point would fail in the database). */
export const validateAnswers: Validate<Row[] | null | undefined> = async (rows, { req }) => {
  if (!rows?.length) return true
  const ids = rows.map((row) => idOf(row.criterion))
  if (new Set(ids).size !== ids.length) return 'Chaque point de contrôle ne peut recevoir qu’une réponse.'
  if (ids.some((id) => !Number.isInteger(Number(id)))) return 'Point de contrôle inconnu.'
  const { totalDocs } = await req.payload.count({ collection: 'contract-criteria', where: { id: { in: ids } }, req })
  return totalDocs === ids.length ? true : 'Point de contrôle inconnu.'
}
