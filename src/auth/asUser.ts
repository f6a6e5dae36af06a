import type { User } from '@/payload-types'

/** Local API options that read as the logged-in user: access rules apply exactly as over REST. */
export const asUser = (user: User) => ({ user, overrideAccess: false as const })

/** The same, for a whole list without pagination (lists here are small: guides, communes, answers). */
export const allAsUser = (user: User) => ({ ...asUser(user), limit: 0, pagination: false as const, depth: 0 })
