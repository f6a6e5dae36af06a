import { executeAuthStrategies, type Payload } from 'payload'

import type { User } from '@/payload-types'

/**
 * The person a request's credentials (the session cookie or an `Authorization` header) belong to, or null: the auth
 * strategies alone (Payload's JWT check, then the idle timeout of src/auth/sessions/strategy.ts). Not `payload.auth`,
 * which also computes the person's permissions on every collection and field for the admin panel: a page or a
 * route never reads them (access is checked by each read, `overrideAccess: false`), and they cost a bare page's
 * whole render again (docs/performance.md).
 */
export async function userFromHeaders(payload: Payload, headers: Headers): Promise<User | null> {
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false, isGraphQL: false })
  return (user as User | null) ?? null
}
