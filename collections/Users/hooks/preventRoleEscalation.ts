import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'

/** Only an administrator may grant the administrator role (coordinators manage every other role). */
export const preventRoleEscalation: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const actor = req.user as AccessUser
  if (!actor || isAdmin(actor)) return data
  const granting = data.roles?.includes('admin') && !originalDoc?.roles?.includes('admin')
  if (granting) throw new Forbidden(req.t)
  return data
}
