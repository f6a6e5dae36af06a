import { getPayload, type Payload } from 'payload'

import { createTestDatabase } from './database'

/**
 * Payload on a fresh database of its own (migrated and seeded by onInit, like a real start).
 * Call once per spec file, before anything imports the config: the config reads its environment then.
 */
export async function bootPayload(env: Record<string, string> = {}): Promise<{ payload: Payload; databaseUrl: string }> {
  const databaseUrl = await createTestDatabase()
  Object.assign(process.env, env, { DATABASE_URL: databaseUrl })
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return { payload, databaseUrl }
}
