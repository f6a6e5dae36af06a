import type { CollectionAfterLoginHook } from 'payload'

/**
 * Keeps the date of the last successful login (validators use it to spot accounts of people who left) and the one
 * before it (the home page's « since your last visit »).
 */
export const recordLastLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.update({
    collection: 'users',
    id: user.id,
    data: {
      lastLoginAt: new Date().toISOString(),
      previousLoginAt: user.lastLoginAt ?? null,
      inactivityNotice: null,
      inactivityWarnedAt: null,
    },
    overrideAccess: true,
    req,
  })
  return user
}
