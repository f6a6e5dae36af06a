import type { CollectionBeforeChangeHook } from 'payload'

/** Each version remembers who saved it, by name: the guide's review history says who revised it. */
export const stampReviser: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user as { name?: string | null; email?: string } | null
  if (user) data.revisedByName = user.name || user.email || null
  return data
}
