/**
 * The bench's environment, set before anything loads Payload's configuration (which reads it as it loads):
 * scripts/bench/index.ts imports this module first, for its side effect, then Payload and the configuration as plain
 * static imports. Imported dynamically through tsx's loader, they have been seen to stall for good on a busy machine.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const benchDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'))
fs.chmodSync(benchDataDir, 0o755)
/** The embedded PostgreSQL's port, chosen without waiting (a module imported for its effect cannot); a clash fails the start. */
export const benchPort = 20_000 + Math.floor(Math.random() * 20_000)
export const benchEnv = {
  PAYLOAD_SECRET: 'bench-secret-0123456789abcdef0123456789',
  RELAIS_JOBS: 'off',
  RELAIS_DEMO: 'off',
  RELAIS_DATA_DIR: benchDataDir,
}
Object.assign(process.env, benchEnv, { DATABASE_URL: `postgres://relais:relais@127.0.0.1:${benchPort}/bench`, DISABLE_PAYLOAD_HMR: 'true' })
