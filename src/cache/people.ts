import type { Payload } from 'payload'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { idOf } from '@/fields/idOf'
import type { User } from '@/payload-types'

/**
 * The key of published content in the shared cache (src/cache/shared.ts): its read rules look at one thing, whether
 * the person is staff (`publishedOrStaff`: staff read drafts) or merely logged in (`authenticated`).
 */
export const contentViewer = (user: User) => (isStaff(user) ? 'staff' : 'member')

/** For reads whose rules look at the person's roles (committees' meetings): the roles, in order. */
export const rolesViewer = (user: User) => [...(user.roles ?? [])].sort().join('+') || 'none'

type Named = Pick<User, 'id' | 'name'>

/**
 * The people `ids` whose names `user` may read (users' read rule: oneself, one's commune for its validator, everyone for
 * staff), by id; read for this request, never cached. Replaces what a `depth: 1` read as the user would have populated.
 */
export async function readableNames(payload: Payload, user: User, ids: unknown[]): Promise<Map<number, Named>> {
  const wanted = [...new Set(ids.filter((id) => id != null).map(idOf))]
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    ...asUser(user),
    where: { id: { in: wanted } },
    limit: wanted.length,
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  return new Map(docs.map((doc) => [doc.id, { id: doc.id, name: doc.name }]))
}

/** `value` (a user id or populated user) as the person may see it: the populated name if readable, else the id. */
export const asReadable = (names: Map<number, Named>, value: unknown): number | Named | null | undefined =>
  value == null ? (value as null | undefined) : (names.get(idOf(value)) ?? idOf(value))
