import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import zlib from 'node:zlib'

import pg from 'pg'

import { BackupError, type Manifest } from './manifest'
import { listForeignKeys, listSequences, listTables, qualified, writableColumns, type ForeignKey } from './schema'

/** Rows per INSERT, and a cap on the JSON sent at once (a few rows may hold large rich-text bodies). */
const BATCH_ROWS = 1000
const BATCH_CHARS = 8 * 1024 * 1024

/**
 * Loads the backup's rows into a database whose schema the backup's own migrations have just built.
 *
 * Rows reference each other (and sometimes themselves) in no order a file-by-file load could follow, so foreign
 * keys are checked once, at commit. `session_replication_role` would need a superuser, which a managed
 * PostgreSQL does not give: instead the keys are made DEFERRABLE (they belong to the app's user), the data goes in
 * one transaction with every constraint deferred (all or nothing), and the keys are put back as they were.
 */
export async function loadData(databaseUrl: string, dir: string, manifest: Manifest): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  let changed: ForeignKey[] = []
  try {
    const present = new Set(await listTables(client))
    const missing = manifest.tables.filter((t) => !present.has(t.name)).map((t) => t.name)
    if (missing.length) throw new BackupError(`The migrations did not create the backup's tables ${missing.join(', ')}.`)

    changed = (await listForeignKeys(client)).filter((fk) => !fk.deferrable)
    await setDeferrable(client, changed, true)

    await client.query('begin')
    await client.query('set constraints all deferred')
    // The migrations wrote their own rows (payload_migrations): the backup's replace them.
    await client.query(`truncate ${[...present].map((t) => qualified(client, t)).join(', ')}`)
    for (const table of manifest.tables) {
      const rows = await loadTable(client, table.name, path.join(dir, table.file))
      if (rows !== table.rows) throw new BackupError(`${table.file} holds ${rows} rows, the manifest announces ${table.rows}.`)
    }
    await resetSequences(client, manifest)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    try {
      await setDeferrable(client, changed, false)
    } finally {
      await client.end()
    }
  }
}

async function setDeferrable(client: pg.Client, keys: ForeignKey[], deferrable: boolean) {
  if (!keys.length) return
  await client.query('begin')
  for (const fk of keys)
    await client.query(
      `alter table ${qualified(client, fk.table)} alter constraint ${client.escapeIdentifier(fk.name)} ${deferrable ? 'deferrable initially immediate' : 'not deferrable'}`,
    )
  await client.query('commit')
}

async function loadTable(client: pg.Client, table: string, file: string): Promise<number> {
  const columns = (await writableColumns(client, table)).map((c) => client.escapeIdentifier(c)).join(', ')
  // OVERRIDING SYSTEM VALUE: an identity column GENERATED ALWAYS still takes the backed-up id.
  const insert = `insert into ${qualified(client, table)} (${columns}) overriding system value
    select ${columns} from json_populate_recordset(null::${qualified(client, table)}, $1::json)`
  let rows = 0
  let batch: string[] = []
  let chars = 0
  const flush = async () => {
    if (!batch.length) return
    await client.query(insert, [`[${batch.join(',')}]`])
    rows += batch.length
    batch = []
    chars = 0
  }
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line) continue
    batch.push(line)
    chars += line.length
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush()
  }
  await flush()
  return rows
}

/**
 * Each sequence continues after both the highest id restored and the position it had at backup time, so that a
 * new record never collides and the id of a deleted one is never handed out again.
 */
async function resetSequences(client: pg.Client, manifest: Manifest) {
  const saved = new Map(manifest.sequences.map((s) => [s.name, s]))
  for (const sequence of await listSequences(client)) {
    let next = 0n
    const before = saved.get(sequence.name)
    if (before?.isCalled) next = BigInt(before.lastValue)
    if (sequence.table && sequence.column) {
      const { rows } = await client.query<{ max: string | null }>(
        `select max(${client.escapeIdentifier(sequence.column)})::text as max from ${qualified(client, sequence.table)}`,
      )
      if (rows[0]!.max !== null && BigInt(rows[0]!.max) > next) next = BigInt(rows[0]!.max)
    }
    const name = qualified(client, sequence.name)
    if (next > 0n) await client.query('select setval($1::regclass, $2::bigint, true)', [name, next.toString()])
    else await client.query('select setval($1::regclass, (select seqmin from pg_sequence where seqrelid = $1::regclass), false)', [name])
  }
}
