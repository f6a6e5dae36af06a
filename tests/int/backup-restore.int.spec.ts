/**
 * `npm run backup` / `npm run restore` (#10 item 5), run as an operator runs them, in child processes: the demo
 * data and uploaded files are backed up from one database and restored into another (an "external" PostgreSQL
 * to the scripts: they only get DATABASE_URL), and every row of every table and every file's bytes are compared.
 * Then the app starts on the restored database, and the refusals: a damaged backup, a non-empty target, a backup
 * from a newer version. Last, the embedded default (DATABASE_URL unset) restores and backs up the same data.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listFiles } from '@/backup/files'
import type { Manifest } from '@/backup/manifest'
import { listSequences, listTables, qualified } from '@/backup/schema'
import { withClient } from '@/db/withClient'
import { createTestDatabase } from '@tests/helpers/database'
import { npmScript } from '@tests/helpers/npmScript'
import { bootPayload } from '@tests/helpers/payload'
import { freePort } from '@tests/helpers/ports'
import { PDF, PNG } from '@tests/helpers/uploads'

const root = path.resolve(import.meta.dirname, '../..')
// Cold tsx starts of the scripts can take over a minute on a busy CI runner: generous limits, not timing checks.
const SLOW = 340_000

let payload: Payload
let sourceUrl: string
let sourceData: string
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-backup-test-'))
const backupDir = path.join(tmp, 'backup')

/** `npm run <script> -- <args>` with the given database and data folder (tests/helpers/npmScript.ts). */
const npmRun = (script: string, args: string[], env: Record<string, string | undefined>) => npmScript(script, args, env, 100_000)

/** A fresh database and an empty data folder: a new machine to restore onto. */
async function freshTarget() {
  const dataDir = fs.mkdtempSync(path.join(tmp, 'target-'))
  return { url: await createTestDatabase(), dataDir, media: path.join(dataDir, 'media') }
}

/** Every row of every table as PostgreSQL's own JSON text, in a fixed order; every sequence's position. */
const snapshot = (url: string) =>
  withClient(url, async (client) => {
    const tables: Record<string, string[]> = {}
    for (const table of await listTables(client)) {
      const { rows } = await client.query<{ j: string }>(
        `select row_to_json(t)::text as j from ${qualified(client, table)} t order by row_to_json(t)::text collate "C"`,
      )
      tables[table] = rows.map((r) => r.j)
    }
    const sequences: Record<string, string> = {}
    for (const { name } of await listSequences(client)) {
      const { rows } = await client.query<{ s: string }>(`select last_value || ' ' || is_called as s from ${qualified(client, name)}`)
      sequences[name] = rows[0]!.s
    }
    // The schema too: the restore's migrations rebuild the same one, and its foreign keys are put back as they were.
    const { rows: schema } = await client.query<{ d: string }>(
      `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' deferrable=' || condeferrable as d
         from pg_constraint where connamespace = 'public'::regnamespace
       union all select indexdef from pg_indexes where schemaname = 'public'
       order by 1`,
    )
    return { tables, sequences, schema: schema.map((r) => r.d) }
  })

const tableCount = (url: string) => withClient(url, async (client) => ({ n: (await listTables(client)).length })).then((r) => r.n)
const rowTotal = (snap: { tables: Record<string, string[]> }) => Object.values(snap.tables).reduce((sum, rows) => sum + rows.length, 0)

function expectSameFiles(fromDir: string, toDir: string) {
  const files = listFiles(fromDir)
  expect(listFiles(toDir)).toEqual(files)
  for (const file of files)
    expect(fs.readFileSync(path.join(toDir, file)).equals(fs.readFileSync(path.join(fromDir, file))), file).toBe(true)
  return files.length
}

/** The rows of one table in a backup, sorted: two backups of the same data may list them in another order. */
const backedUpRows = (dir: string, table: string) =>
  zlib
    .gunzipSync(fs.readFileSync(path.join(dir, 'database', `${table}.ndjson.gz`)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .sort()

const readManifest = (dir: string): Manifest => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))

/** A copy of the backup, altered by `change`, to feed restore a bad one. */
function alteredBackup(name: string, change: (dir: string) => void): string {
  const dir = path.join(tmp, name)
  fs.cpSync(backupDir, dir, { recursive: true })
  change(dir)
  return dir
}

beforeAll(async () => {
  sourceData = fs.mkdtempSync(path.join(tmp, 'source-'))
  ;({ payload, databaseUrl: sourceUrl } = await bootPayload({ RELAIS_DATA_DIR: sourceData, RELAIS_DEMO: 'on' }))
  await payload.create({
    collection: 'media',
    data: { alt: 'Affiche' },
    file: { data: PNG, mimetype: 'image/png', name: 'affiche.png', size: PNG.length },
  })
  await payload.create({
    collection: 'media',
    data: { alt: 'Guide' },
    file: { data: PDF, mimetype: 'application/pdf', name: 'guide.pdf', size: PDF.length },
  })
})
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('backup and restore', () => {
  let source: Awaited<ReturnType<typeof snapshot>>
  let target: Awaited<ReturnType<typeof freshTarget>>

  it('backs up every table and file with their checksums', { timeout: SLOW }, async () => {
    source = await snapshot(sourceUrl)
    const run = await npmRun('backup', ['--out', backupDir], { DATABASE_URL: sourceUrl, RELAIS_DATA_DIR: sourceData })
    expect(run.code, run.output).toBe(0)
    const manifest = readManifest(backupDir)
    const { migrations } = await import('@/migrations')
    expect(manifest.migrations).toEqual(migrations.map((m) => m.name))
    expect(manifest.tables.map((t) => t.name).sort()).toEqual(Object.keys(source.tables).sort())
    for (const table of manifest.tables) expect(table.rows, table.name).toBe(source.tables[table.name]!.length)
    expect(manifest.media.map((f) => f.path)).toEqual(listFiles(path.join(sourceData, 'media')))
    expect(manifest.media).toHaveLength(2)
    const bytes = listFiles(backupDir).reduce((sum, f) => sum + fs.statSync(path.join(backupDir, f)).size, 0)
    console.log(`[backup] ${run.output.trim()} | folder ${bytes} bytes | child process ${(run.ms / 1000).toFixed(1)} s`)
  })

  it(
    'restores into a fresh database and media folder: every row of every table, every file, every sequence',
    { timeout: SLOW },
    async () => {
      target = await freshTarget()
      const run = await npmRun('restore', [backupDir], { DATABASE_URL: target.url, RELAIS_DATA_DIR: target.dataDir })
      expect(run.code, run.output).toBe(0)
      const restored = await snapshot(target.url)
      expect(Object.keys(restored.tables).sort()).toEqual(Object.keys(source.tables).sort())
      for (const table of Object.keys(source.tables)) expect(restored.tables[table], table).toEqual(source.tables[table])
      expect(restored.sequences).toEqual(source.sequences)
      expect(restored.schema).toEqual(source.schema)
      expect(source.schema.filter((d) => d.includes('FOREIGN KEY')).length).toBeGreaterThan(50)
      const files = expectSameFiles(path.join(sourceData, 'media'), target.media)
      console.log(
        `[restore]\n${run.output
          .split('\n')
          .filter((line) => /^\[[\d,]+ s\]|^Restauration/.test(line))
          .join('\n')}\n| compared ${Object.keys(source.tables).length} tables, ` +
          `${rowTotal(source)} rows, ${Object.keys(source.sequences).length} sequences, ${files} files | child process ${(run.ms / 1000).toFixed(1)} s`,
      )
    },
  )

  it('refuses a non-empty target without --replace, changing nothing', { timeout: SLOW }, async () => {
    const before = await snapshot(target.url)
    const run = await npmRun('restore', [backupDir], { DATABASE_URL: target.url, RELAIS_DATA_DIR: target.dataDir })
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/is not empty.*--replace/s)
    expect(await snapshot(target.url)).toEqual(before)
  })

  it('leaves a database the app starts on: logins work, a guide reads, new records get fresh ids', { timeout: SLOW }, async () => {
    const started = performance.now()
    const result = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'tests/helpers/afterRestore.ts'],
        { cwd: root, env: { ...process.env, DATABASE_URL: target.url, RELAIS_DATA_DIR: target.dataDir } },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr }),
      ),
    )
    expect(result.code, result.output).toBe(0)
    const report = JSON.parse(result.output.split('\n').find((line) => line.startsWith('{"loggedIn"'))!)
    const maxId = (table: string) => Math.max(...source.tables[table]!.map((row) => JSON.parse(row).id as number))
    expect(report.loggedIn).toBe('admin@relais.test')
    expect(report.guide).toBeTruthy()
    expect(report.faqId).toBeGreaterThan(maxId('faqs'))
    expect(report.userId).toBeGreaterThan(maxId('users'))
    console.log(`[after restore] app started and wrote in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  })

  it('with --replace, erases the target and restores the backup over it', { timeout: SLOW }, async () => {
    fs.writeFileSync(path.join(target.media, 'stray.txt'), 'not in the backup')
    const run = await npmRun('restore', [backupDir, '--replace'], { DATABASE_URL: target.url, RELAIS_DATA_DIR: target.dataDir })
    expect(run.code, run.output).toBe(0)
    expect(run.output).toMatch(/ERASING/)
    const restored = await snapshot(target.url)
    expect(restored.tables).toEqual(source.tables)
    expectSameFiles(path.join(sourceData, 'media'), target.media)
  })

  it('refuses a damaged backup, naming the file, and touches nothing', { timeout: SLOW }, async () => {
    const damaged = alteredBackup('damaged', (dir) => {
      const file = path.join(dir, 'database/users.ndjson.gz')
      const bytes = fs.readFileSync(file)
      bytes[bytes.length >> 1] ^= 0xff
      fs.writeFileSync(file, bytes)
    })
    const fresh = await freshTarget()
    const run = await npmRun('restore', [damaged], { DATABASE_URL: fresh.url, RELAIS_DATA_DIR: fresh.dataDir })
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/Damaged backup.*database\/users\.ndjson\.gz/)
    expect(await tableCount(fresh.url)).toBe(0)
    expect(fs.existsSync(fresh.media)).toBe(false)
  })

  it('refuses a backup made by a newer version (a migration this code does not have)', { timeout: SLOW }, async () => {
    const newer = alteredBackup('newer', (dir) => {
      const manifest = readManifest(dir)
      manifest.migrations.push('20991231_000000_from_the_future')
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest))
    })
    const fresh = await freshTarget()
    const run = await npmRun('restore', [newer], { DATABASE_URL: fresh.url, RELAIS_DATA_DIR: fresh.dataDir })
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/newer.*20991231_000000_from_the_future/s)
    expect(await tableCount(fresh.url)).toBe(0)
  })
})

describe('the embedded default (DATABASE_URL unset)', () => {
  it('restores into the embedded PostgreSQL of a new data folder, and backs it up again identically', { timeout: 2 * SLOW }, async () => {
    const dataDir = fs.mkdtempSync(path.join(tmp, 'embedded-'))
    // The embedded server runs as the `postgres` user when the tests run as root: it must reach its folder.
    fs.chmodSync(tmp, 0o755)
    fs.chmodSync(dataDir, 0o755)
    const env = { DATABASE_URL: undefined, RELAIS_DATA_DIR: dataDir, RELAIS_PG_PORT: String(await freePort()) }
    const restored = await npmRun('restore', [backupDir], env)
    expect(restored.code, restored.output).toBe(0)
    const again = path.join(tmp, 'from-embedded')
    const backedUp = await npmRun('backup', ['--out', again], env)
    expect(backedUp.code, backedUp.output).toBe(0)
    const [first, second] = [readManifest(backupDir), readManifest(again)]
    expect(second.database.embedded).toBe(true)
    expect(second.migrations).toEqual(first.migrations)
    expect(second.tables.map((t) => t.name)).toEqual(first.tables.map((t) => t.name))
    for (const table of first.tables) expect(backedUpRows(again, table.name), table.name).toEqual(backedUpRows(backupDir, table.name))
    expect(second.sequences).toEqual(first.sequences)
    expect(second.media).toEqual(first.media)
  })
})
