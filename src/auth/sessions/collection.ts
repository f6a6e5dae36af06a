import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '@/access/roles'

import { sessionEndpoints } from './endpoints'
import { recordSession } from './recordSession'
import { idleSessionStrategy } from './strategy'

/**
 * Payload's own `sessions` array (one row per login: id = the token's `sid`, created, expires), merged by Payload
 * with these two columns: the device (described in no language, worded when read: src/auth/sessions/device.ts) and
 * the last activity (written by src/auth/sessions/store.ts only). Like the base field, it is read by the account's
 * owner only and written by no API.
 */
const sessionDetails: Field = {
  name: 'sessions',
  type: 'array',
  fields: [
    { name: 'device', type: 'text' },
    { name: 'lastSeenAt', type: 'date' },
  ],
}

/** « Fermer toutes ses sessions » on an account in /admin › Utilisateurs, for administrators. */
const endSessionsButton: Field = {
  name: 'endSessions',
  type: 'ui',
  admin: {
    components: { Field: '/src/admin/EndSessionsButton#EndSessionsButton' },
    condition: (_data, _siblingData, { user }) => isAdmin(user),
  },
}

/**
 * Open sessions for an auth collection (Users): their device and last activity, the idle timeout on every
 * authenticated request, and the endpoints that list and end them. Kept in one place rather than spread over the
 * collection's own hooks.
 */
export const withSessions = (collection: CollectionConfig): CollectionConfig => {
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  return {
    ...collection,
    auth: { ...auth, strategies: [idleSessionStrategy, ...(auth.strategies ?? [])] },
    hooks: { ...collection.hooks, afterLogin: [...(collection.hooks?.afterLogin ?? []), recordSession] },
    endpoints: [...sessionEndpoints, ...(collection.endpoints || [])],
    fields: [...collection.fields, sessionDetails, endSessionsButton],
  }
}
