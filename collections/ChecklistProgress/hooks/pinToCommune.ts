import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { pinToOwnCommune } from '@/access/pinToOwnCommune'
import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'

/**
 * A member records progress for their own commune only: the commune is taken from their account, and a request
 * naming another commune is refused. The item must exist in the published guide's checklist.
 */
export const pinToCommune: CollectionBeforeValidateHook = async ({ data = {}, originalDoc, operation, req }) => {
  pinToOwnCommune(data, originalDoc, req)
  if (req.user) data.updatedBy = req.user.id

  const guideId = idOf(data.guide ?? originalDoc?.guide)
  const itemKey = data.itemKey ?? originalDoc?.itemKey
  if (operation === 'update' && originalDoc && (idOf(data.guide) ?? guideId) !== idOf(originalDoc.guide)) {
    throw new ValidationError({ errors: [{ path: 'guide', message: adminMessage(req, 'answerKeepsGuide') }] }, req.t)
  }
  if (guideId == null || typeof itemKey !== 'string') return data
  // disableErrors: a missing guide is null, while a database failure still fails the request (503, not 400).
  const guide = await req.payload.findByID({
    collection: 'guides',
    id: guideId as number,
    depth: 0,
    req,
    draft: false,
    disableErrors: true,
  })
  if (!guide || guide._status !== 'published')
    throw new ValidationError({ errors: [{ path: 'guide', message: adminMessage(req, 'guideMissing') }] }, req.t)
  if (!guide.checklist?.some((item) => item.key === itemKey))
    throw new ValidationError({ errors: [{ path: 'itemKey', message: adminMessage(req, 'itemNotInChecklist', { key: itemKey }) }] }, req.t)
  return data
}
