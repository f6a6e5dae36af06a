import fs from 'node:fs'
import path from 'node:path'

import { withClient } from '@/db/withClient'

import { copyHashed, listFiles } from './files'
import { loadData } from './load'
import { BackupError, inside, type Manifest, readManifest, verifyBackup } from './manifest'
import { listTables, SCHEMA } from './schema'

export type RestoreOptions = {
  dir: string
  databaseUrl: string
  mediaDir: string
  /** Erase a non-empty target first. */
  replace: boolean
  /** The migrations this version of the code has, in the order they run. */
  knownMigrations: string[]
  /** Applies these migrations of the code (Payload's migrate: those already recorded are skipped). */
  migrate: (names: string[]) => Promise<void>
  log: (line: string) => void
}

export type RestoreSummary = { manifest: Manifest; rows: number; files: number; bytes: number; laterMigrations: string[] }

/**
 * Restores a backup into an empty database and media folder (or erased ones with `replace`):
 *  1. checks the manifest, that this code knows the backup's migrations, and every checksum: nothing changes
 *     before the whole backup is known good;
 *  2. copies the files, checking each one's checksum as it is written;
 *  3. builds the schema the backup was taken with (its own migrations), loads the rows in one transaction,
 *     then runs the migrations the code has in addition (a backup from an older version is brought up to date
 *     the way a deployment would be).
 * A failure after step 1 empties the database and the media folder again, so no half restore is left behind.
 */
export async function restore(options: RestoreOptions): Promise<RestoreSummary> {
  const { dir, databaseUrl, mediaDir, replace, knownMigrations, migrate, log } = options
  const manifest = readManifest(dir)
  checkMigrations(manifest.migrations, knownMigrations)
  log(`Checking ${manifest.tables.length + manifest.media.length} files of the backup…`)
  await verifyBackup(dir, manifest)

  const tables = await withClient(databaseUrl, listTables)
  const files = listFiles(mediaDir)
  if (tables.length || files.length) {
    const what = `the database holds ${tables.length} tables, ${mediaDir} holds ${files.length} files`
    if (!replace)
      throw new BackupError(
        `The target is not empty (${what}). Restore into a new database and an empty files folder, ` +
          `or add --replace to erase them first.`,
      )
    log(`!!! --replace: ERASING the target database (${tables.length} tables) and ${files.length} files in ${mediaDir} !!!`)
  }

  // Only a target that holds something is erased: a fresh database's schema may belong to someone else.
  if (tables.length) await emptySchema(databaseUrl)
  emptyDir(mediaDir)
  let schemaTouched = false
  try {
    log(`Copying ${manifest.media.length} files to ${mediaDir}…`)
    for (const entry of manifest.media) {
      const target = path.join(mediaDir, entry.path)
      if (!inside(mediaDir, target)) throw new BackupError(`The manifest names a file outside the files folder: ${entry.path}`)
      const copied = await copyHashed(path.join(dir, 'media', entry.path), target)
      if (copied.sha256 !== entry.sha256) throw new BackupError(`The copy of ${entry.path} does not match its checksum.`)
    }
    log(`Backup schema (${manifest.migrations.length} migrations)…`)
    schemaTouched = true
    await migrate(manifest.migrations)
    log(`Loading ${manifest.tables.length} tables…`)
    await loadData(databaseUrl, dir, manifest)
    const laterMigrations = knownMigrations.filter((name) => !manifest.migrations.includes(name))
    if (laterMigrations.length) {
      log(`Updating to this version: ${laterMigrations.length} more migrations…`)
      await migrate(knownMigrations)
    }
    return {
      manifest,
      rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
      files: manifest.media.length,
      bytes: manifest.media.reduce((sum, f) => sum + f.bytes, 0),
      laterMigrations,
    }
  } catch (error) {
    emptyDir(mediaDir)
    await (schemaTouched ? emptySchema(databaseUrl) : Promise.resolve()).then(
      () => log('Restore interrupted: the target database and the files folder have been emptied.'),
      (cleanup) => log(`Restore interrupted, and the target could not be emptied: ${cleanup instanceof Error ? cleanup.message : cleanup}`),
    )
    throw error
  }
}

/** The backup's migrations must be the first ones of the code: a later or different version cannot be read here. */
function checkMigrations(backup: string[], known: string[]) {
  const unknown = backup.filter((name) => !known.includes(name))
  if (unknown.length)
    throw new BackupError(
      `This backup comes from a newer (or different) version of Relais: unknown migrations ${unknown.join(', ')}. ` +
        `Restore it with a version of Relais that has them.`,
    )
  if (backup.some((name, i) => known[i] !== name))
    throw new BackupError(
      `The backup's migrations (${backup.join(', ')}) are not the first ones of this version of Relais, in the same order.`,
    )
}

/** Drops and recreates the schema: the app's user owns what the migrations created (see docs/deploy.md). */
async function emptySchema(databaseUrl: string) {
  await withClient(databaseUrl, async (client) => {
    const schema = client.escapeIdentifier(SCHEMA)
    await client.query(`begin; drop schema ${schema} cascade; create schema ${schema}; grant usage on schema ${schema} to public; commit`)
  })
}

/** Empties the media folder but keeps the folder itself: it may be a mount point shared by several instances. */
function emptyDir(dir: string) {
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) fs.rmSync(path.join(dir, entry), { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
}
