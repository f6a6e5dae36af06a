import { incrementLoginAttempts, type Payload } from 'payload'

/**
 * One wrong password typed from an open session (to change the password, the e-mail address or the second
 * factor): it counts toward the lockout exactly like a failed login. Kept on its own so that the login lockout's
 * rules can change in one place.
 */
export async function countFailedAttempt(payload: Payload, userId: number): Promise<void> {
  const doc = await payload.db.findOne<Record<string, unknown> & { id: number }>({ collection: 'users', where: { id: { equals: userId } } })
  if (doc) await incrementLoginAttempts({ collection: payload.collections.users.config, payload, user: doc as never })
}
