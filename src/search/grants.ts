import { type AccessUser, committeesOf, communeOf, isStaff } from '@/access/roles'

import type { Grants } from './types'

/**
 * The visibilities a user may read, mirroring the collections' access rules: every logged-in user reads
 * `members` entries, their own commune's entries, and their committees' entries; staff read everything.
 */
export function grantsOf(user: AccessUser): Grants {
  if (!user) return []
  if (isStaff(user)) return 'all'
  const grants = ['members']
  const commune = communeOf(user)
  if (commune !== null) grants.push(`commune:${commune}`)
  for (const committee of committeesOf(user)) grants.push(`committee:${committee}`)
  return grants
}
