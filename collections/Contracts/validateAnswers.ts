import type { Validate } from 'payload'

import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'

type Row = { criterion?: unknown }

/** One answer per key point, and only to points that exist (a removed or made-up point would fail in the database). */
export const validateAnswers: Validate<Row[] | null | undefined> = async (rows, { req }) => {
  if (!rows?.length) return true
  const ids = rows.map((row) => idOf(row.criterion))
  if (new Set(ids).size !== ids.length) return adminMessage(req, 'oneAnswerPerCriterion')
  if (ids.some((id) => !Number.isInteger(Number(id)))) return adminMessage(req, 'criterionUnknown')
  const { totalDocs } = await req.payload.count({ collection: 'contract-criteria', where: { id: { in: ids } }, req })
  return totalDocs === ids.length ? true : adminMessage(req, 'criterionUnknown')
}
