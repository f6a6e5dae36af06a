import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

import pg from 'pg'

import { copyHashed, hashing, listFiles } from './files'
import { BackupError, FORMAT, MANIFEST, type FileEntry, type Manifest, type SequenceEntry, type TableEntry } from './manifest'
import { appliedMigrations, listSequences, listTables, qualified } from './schema'

export type BackupOptions = {
  databaseUrl: string
  embedded: boolean
  mediaDir: string
  outDir: string
  app: { name: string; version: string }
}

export type BackupSummary = { manifest: Manifest; bytes: number; warnings: string[] }

/** Rows fetched from the cursor at a time: a large table never sits in memory. */
const FETCH = 1000

/**
 * Writes `outDir/database/<table>.ndjson.gz` for every table of the schema (one `row_to_json` text per line, so
 * numbers, dates and JSON keep their exact PostgreSQL text), `outDir/media/…`, then `outDir/manifest.json`.
 * All tables are read in one REPEATABLE READ transaction: one consistent snapshot while the app keeps writing.
 */
export async function backup({ databaseUrl, embedded, mediaDir, outDir, app }: BackupOptions): Promise<BackupSummary> {
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0)
    throw new BackupError(`${outDir} already exists and is not empty: choose another folder.`)
  // Password hashes and commune-private records: readable by the owner only.
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 })
  fs.chmodSync(outDir, 0o700)
  fs.mkdirSync(path.join(outDir, 'database'), { recursive: true })

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const tables: TableEntry[] = []
  let sequences: SequenceEntry[] = []
  let migrations: string[]
  let serverVersion: string
  let mediaRows: string[] = []
  try {
    await client.query('begin isolation level repeatable read, read only')
    // Output formats independent of the server's settings, so that the text restores as it was read.
    await client.query(`set local datestyle = 'ISO, YMD'; set local intervalstyle = 'iso_8601'; set local extra_float_digits = 3`)
    serverVersion = (await client.query<{ v: string }>('show server_version')).rows[0]!.v
    const applied = await appliedMigrations(client)
    if (!applied) throw new BackupError('This database holds no Relais data (no payload_migrations table): nothing to back up.')
    migrations = applied
    for (const table of await listTables(client)) tables.push(await dumpTable(client, table, outDir))
    sequences = await readSequences(client)
    if (tables.some((t) => t.name === 'media'))
      mediaRows = (
        await client.query<{ f: string }>(`select filename as f from ${qualified(client, 'media')} where filename is not null`)
      ).rows.map((r) => r.f)
    await client.query('commit')
  } finally {
    await client.end()
  }

  // After the snapshot: every file a backed-up row names was already on disk when it was taken.
  const media: FileEntry[] = []
  for (const file of listFiles(mediaDir)) {
    media.push({ path: file, ...(await copyHashed(path.join(mediaDir, file), path.join(outDir, 'media', file))) })
  }
  const copied = new Set(media.map((f) => f.path))
  const warnings = mediaRows.filter((f) => !copied.has(f)).map((f) => `the media table names ${f}, missing from ${mediaDir}`)

  const manifest: Manifest = {
    format: FORMAT,
    createdAt: new Date().toISOString(),
    app,
    database: { serverVersion, embedded },
    migrations,
    tables,
    sequences,
    media,
  }
  fs.writeFileSync(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  const bytes = [...tables, ...media].reduce((sum, entry) => sum + entry.bytes, 0)
  return { manifest, bytes, warnings }
}

async function dumpTable(client: pg.Client, table: string, outDir: string): Promise<TableEntry> {
  // Drizzle's table names are plain; anything else is encoded so that it stays one file name.
  const file = `database/${/^[a-z0-9_]+$/.test(table) ? table : encodeURIComponent(table)}.ndjson.gz`
  let rows = 0
  async function* lines() {
    await client.query(`declare relais_dump no scroll cursor for select row_to_json(t)::text as j from ${qualified(client, table)} t`)
    for (;;) {
      const batch = await client.query<{ j: string }>(`fetch ${FETCH} from relais_dump`)
      if (batch.rows.length === 0) break
      rows += batch.rows.length
      yield `${batch.rows.map((r) => r.j).join('\n')}\n`
    }
    await client.query('close relais_dump')
  }
  const { stream, result } = hashing()
  await pipeline(Readable.from(lines()), zlib.createGzip(), stream, fs.createWriteStream(path.join(outDir, file)))
  return { name: table, file, rows, ...result() }
}

/** Sequence positions, so that ids of deleted rows are not handed out again after a restore. */
async function readSequences(client: pg.Client): Promise<SequenceEntry[]> {
  const entries: SequenceEntry[] = []
  for (const { name } of await listSequences(client)) {
    const { rows } = await client.query<{ last: string; called: boolean }>(
      `select last_value::text as last, is_called as called from ${qualified(client, name)}`,
    )
    entries.push({ name, lastValue: rows[0]!.last, isCalled: rows[0]!.called })
  }
  return entries
}
