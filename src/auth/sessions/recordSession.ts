import type { CollectionAfterLoginHook } from 'payload'

import { storedDevice } from './device'
import { describeSession } from './store'

/** The `sid` Payload put in the token it just signed (no need to verify our own signature). */
const sidOf = (token: string | undefined): string | null => {
  try {
    const claims = JSON.parse(Buffer.from(String(token).split('.')[1] ?? '', 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : null
  } catch {
    return null
  }
}

/**
 * Every login path ends here (REST, GraphQL, the admin form, /connexion through the Local API): the new session
 * gets its device, read from the request's User-Agent (kept in no language: `storedDevice`), and its first activity.
 */
export const recordSession: CollectionAfterLoginHook = async ({ req, token, user }) => {
  const sid = sidOf(token)
  if (!sid) return user
  await describeSession(req.payload, req, user.id as number, sid, storedDevice(req.headers?.get('user-agent')), new Date())
  return user
}
