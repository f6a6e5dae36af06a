import type { CollectionBeforeValidateHook } from 'payload'

import { roles } from '@/access/roles'
import { adminMessage } from '@/admin/language'
import { idOf } from '@/fields/idOf'
import { invalid } from '@/http/invalid'
import { committees } from '@/meetings/vocabulary'

type Membership = { user?: unknown; name?: string | null; from?: string | null; until?: string | null }

/**
 * A member must hold the committee's role (which grants access to its drafts), a term must end after it starts,
 * and a person holds one current seat per committee. Keeps each member's name with the membership.
 */
export const validateMemberships: CollectionBeforeValidateHook = async ({ data = {}, originalDoc, req }) => {
  const slug = data.slug ?? originalDoc?.slug
  const memberships: Membership[] = data.memberships ?? []
  const seen = new Set<unknown>()
  for (const [index, membership] of memberships.entries()) {
    const path = `memberships.${index}`
    const userId = idOf(membership.user)
    if (membership.from && membership.until && membership.until < membership.from)
      throw invalid(req, `${path}.until`, adminMessage(req, 'termEndsBeforeStart'))
    if (userId == null) continue
    const current = !membership.until || new Date(membership.until) >= new Date()
    if (current && seen.has(Number(userId))) throw invalid(req, `${path}.user`, adminMessage(req, 'alreadyMember'))
    if (current) seen.add(Number(userId))
    const user = await req.payload.findByID({ collection: 'users', id: userId as number, depth: 0, req, disableErrors: true })
    if (!user) throw invalid(req, `${path}.user`, adminMessage(req, 'personMissing'))
    membership.name = user.name
    // Named as members know the roles: « COTEC », « Comité / COPIL ».
    if (current && slug && !user.roles?.includes(slug))
      throw invalid(
        req,
        `${path}.user`,
        adminMessage(req, 'memberLacksRole', { name: user.name ?? '', role: slug === 'cotec' ? committees.cotec : roles.copil }),
      )
  }
  return data
}
