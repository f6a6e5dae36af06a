import type { CollectionAfterLoginHook } from 'payload'

/** Keeps the date of the last successful login: validators use it to spot accounts of people who left. */
export const recordLastLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: { lastLoginAt: new Date().toISOString(), inactivityNotice: null, inactivityWarnedAt: null },
    overrideAccess: true,
    req,
  })
  return user
}
