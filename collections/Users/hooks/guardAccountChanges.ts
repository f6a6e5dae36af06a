import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { type AccessUser, isStaff } from '@/access/roles'

/**
 * A validator may disable colleagues of their commune, but only the person themself or staff change an e-mail
 * address (it is where password links go). Disabling ends every open session at once.
 */
export const guardAccountChanges: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const actor = req.user as AccessUser
  if (actor && originalDoc && data.email && data.email !== originalDoc.email && actor.id !== originalDoc.id && !isStaff(actor))
    throw new Forbidden(req.t)
  if (originalDoc && data.disabled !== undefined && data.disabled !== originalDoc.disabled) {
    data.disabledAt = data.disabled ? new Date().toISOString() : null
    if (data.disabled) data.sessions = []
  }
  return data
}
