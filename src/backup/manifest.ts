import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Bumped when the layout of a backup changes; restore refuses formats it does not know. */
export const FORMAT = 1

export type TableEntry = { name: string; file: string; rows: number; bytes: number; sha256: string }
export type SequenceEntry = { name: string; lastValue: string; isCalled: boolean }
export type FileEntry = { path: string; bytes: number; sha256: string }

/** `manifest.json`, written last: a backup without one was interrupted and is refused. */
export type Manifest = {
  format: number
  createdAt: string
  app: { name: string; version: string }
  database: { serverVersion: string; embedded: boolean }
  /** Payload migrations applied to the database when it was backed up, in the order they ran. */
  migrations: string[]
  tables: TableEntry[]
  sequences: SequenceEntry[]
  media: FileEntry[]
}

export const MANIFEST = 'manifest.json'

export class BackupError extends Error {}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST)
  if (!fs.existsSync(file)) throw new BackupError(`${file} is missing: ${dir} is not a Relais backup, or its backup was interrupted.`)
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    throw new BackupError(`${file} is not valid JSON: the backup is damaged.`)
  }
  if (manifest.format !== FORMAT)
    throw new BackupError(`${file} is in format ${manifest.format}; this version of Relais reads format ${FORMAT} only.`)
  return manifest
}

/**
 * Checks every file the manifest lists against its size and checksum before anything is touched, so that a
 * damaged backup is refused whole instead of half restored. Names the first damaged file.
 */
export async function verifyBackup(dir: string, manifest: Manifest): Promise<void> {
  const entries = [
    ...manifest.tables.map((t) => ({ path: t.file, bytes: t.bytes, sha256: t.sha256 })),
    ...manifest.media.map((f) => ({ ...f, path: path.join('media', f.path) })),
  ]
  for (const entry of entries) {
    const file = path.join(dir, entry.path)
    if (!inside(dir, file)) throw new BackupError(`The manifest names a file outside the backup: ${entry.path}`)
    if (!fs.existsSync(file)) throw new BackupError(`Damaged backup: ${entry.path} is missing.`)
    const bytes = fs.statSync(file).size
    if (bytes !== entry.bytes)
      throw new BackupError(`Damaged backup: ${entry.path} has ${bytes} bytes, the manifest announces ${entry.bytes}.`)
    if ((await sha256File(file)) !== entry.sha256)
      throw new BackupError(`Damaged backup: the checksum of ${entry.path} does not match the manifest.`)
  }
}

/** Whether `file` resolves inside `dir` (a manifest is data: it must not make restore read or write elsewhere). */
export function inside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file))
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
