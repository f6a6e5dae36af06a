import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** Regular files under `dir`, as sorted relative paths with `/` separators; none when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** A pass-through that hashes and counts what flows through it. */
export function hashing() {
  const hash = crypto.createHash('sha256')
  let bytes = 0
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  return { stream, result: () => ({ bytes, sha256: hash.digest('hex') }) }
}

/** Copies one file, hashing the bytes as they are written (not the source afterwards, which may have changed). */
export async function copyHashed(from: string, to: string): Promise<{ bytes: number; sha256: string }> {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  const { stream, result } = hashing()
  await pipeline(fs.createReadStream(from), stream, fs.createWriteStream(to, { flags: 'wx' }))
  return result()
}
