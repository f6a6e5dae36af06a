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
  log(`Vérification de ${manifest.tables.length + manifest.media.length} fichiers de la sauvegarde…`)
  await verifyBackup(dir, manifest)

  const tables = await withClient(databaseUrl, listTables)
  const files = listFiles(mediaDir)
  if (tables.length || files.length) {
    const what = `la base contient ${tables.length} tables, ${mediaDir} contient ${files.length} fichiers`
    if (!replace)
      throw new BackupError(
        `La cible n’est pas vide (${what}). Restaurez dans une base neuve et un dossier de fichiers vide, ` +
          `ou ajoutez --replace pour les effacer d’abord.`,
      )
    log(`!!! --replace : EFFACEMENT de la base cible (${tables.length} tables) et de ${files.length} fichiers dans ${mediaDir} !!!`)
  }

  // Only a target that holds something is erased: a fresh database's schema may belong to someone else.
  if (tables.length) await emptySchema(databaseUrl)
  emptyDir(mediaDir)
  let schemaTouched = false
  try {
    log(`Copie de ${manifest.media.length} fichiers vers ${mediaDir}…`)
    for (const entry of manifest.media) {
      const target = path.join(mediaDir, entry.path)
      if (!inside(mediaDir, target)) throw new BackupError(`Le manifeste désigne un fichier hors du dossier des fichiers : ${entry.path}`)
      const copied = await copyHashed(path.join(dir, 'media', entry.path), target)
      if (copied.sha256 !== entry.sha256) throw new BackupError(`La copie de ${entry.path} ne correspond pas à sa somme de contrôle.`)
    }
    log(`Schéma de la sauvegarde (${manifest.migrations.length} migrations)…`)
    schemaTouched = true
    await migrate(manifest.migrations)
    log(`Chargement de ${manifest.tables.length} tables…`)
    await loadData(databaseUrl, dir, manifest)
    const laterMigrations = knownMigrations.filter((name) => !manifest.migrations.includes(name))
    if (laterMigrations.length) {
      log(`Mise à jour vers cette version : ${laterMigrations.length} migrations de plus…`)
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
      () => log('Restauration interrompue : la base cible et le dossier des fichiers ont été vidés.'),
      (cleanup) =>
        log(`Restauration interrompue, et la cible n’a pas pu être vidée : ${cleanup instanceof Error ? cleanup.message : cleanup}`),
    )
    throw error
  }
}

/** The backup's migrations must be the first ones of the code: a later or different version cannot be read here. */
function checkMigrations(backup: string[], known: string[]) {
  const unknown = backup.filter((name) => !known.includes(name))
  if (unknown.length)
    throw new BackupError(
      `Cette sauvegarde vient d’une version de Relais plus récente (ou différente) : migrations inconnues ${unknown.join(', ')}. ` +
        `Restaurez-la avec une version de Relais qui les contient.`,
    )
  if (backup.some((name, i) => known[i] !== name))
    throw new BackupError(
      `Les migrations de la sauvegarde (${backup.join(', ')}) ne sont pas les premières de cette version de Relais, dans le même ordre.`,
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
