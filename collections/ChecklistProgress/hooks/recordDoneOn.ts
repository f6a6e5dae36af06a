import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { adminMessage } from '@/admin/language'
import { checklistToday } from '@/checklists/today'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'

/**
 * The day an action was done and its proof go with the answer « fait »: the day defaults to today and may not be
 * in the future; the proof must be a file private to the same commune (collections/Media `commune`). Any other
 * answer clears both, so a later « fait » starts a new period.
 */
export const recordDoneOn: CollectionBeforeValidateHook = async ({ data = {}, originalDoc, req }) => {
  const state = data.state ?? originalDoc?.state
  if (state !== 'done') {
    data.doneOn = null
    data.proof = null
    return data
  }
  const today = checklistToday()
  const given = data.doneOn ?? originalDoc?.doneOn
  if (!given) data.doneOn = today
  else {
    const day = Number.isNaN(new Date(given).getTime()) ? null : zurichDay(given)
    if (!day) throw new ValidationError({ errors: [{ path: 'doneOn', message: adminMessage(req, 'doneOnInvalid') }] }, req.t)
    if (day > today) throw new ValidationError({ errors: [{ path: 'doneOn', message: adminMessage(req, 'doneOnFuture') }] }, req.t)
  }
  const proof = idOf(data.proof)
  if (proof != null && proof !== idOf(originalDoc?.proof)) {
    const commune = idOf(data.commune ?? originalDoc?.commune)
    const file = await req.payload.findByID({ collection: 'media', id: proof, depth: 0, req, disableErrors: true, overrideAccess: true })
    if (!file || idOf(file.commune) !== commune)
      throw new ValidationError({ errors: [{ path: 'proof', message: adminMessage(req, 'proofOfOwnCommune') }] }, req.t)
  }
  return data
}
