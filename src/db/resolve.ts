import path from 'node:path'

import { startEmbeddedPostgres } from './embedded'

/** Where Relais keeps local state (embedded database, outbox, uploads) when nothing else is configured. */
export const dataRoot = () => path.resolve(/*turbopackIgnore: true*/ process.env.RELAIS_DATA_DIR ?? '.data')

/** Where uploaded files are stored (the Media collection's staticDir), and what backup and restore copy. */
export const mediaDir = () => path.join(dataRoot(), 'media')

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> }

/**
 * `DATABASE_URL` when set (any PostgreSQL ≥ 15); otherwise the embedded server under `.data/postgres/`,
 * started here and stopped by the returned `stop`.
 */
export async function resolveDatabase(log?: (line: string) => void): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot(), 'postgres'),
    port: Number(process.env.RELAIS_PG_PORT ?? 54329),
    log,
  })
  await server.createDatabase('relais')
  return { url: server.urlFor('relais'), embedded: true, stop: server.stop }
}
