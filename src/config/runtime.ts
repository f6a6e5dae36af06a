import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataRoot } from '@/db/resolve'

export const isProduction = () => process.env.NODE_ENV === 'production'

/** The address people use to reach Relais; links in e-mails point there. */
export const publicUrl = () => (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '')

/**
 * The key that signs sessions. Production must provide PAYLOAD_SECRET; development keeps a random one
 * in `.data/secret` so that sessions survive restarts without anyone choosing a weak key.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  if (isProduction() && process.env.NEXT_PHASE !== 'phase-production-build')
    throw new Error('PAYLOAD_SECRET must be set in production (at least 32 random characters).')
  const file = path.join(dataRoot(), 'secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** The connection string the app was started with (see src/db/resolve.ts and scripts/serve.ts). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (url) return url
  // `next build` loads the config without a database; nothing connects then.
  if (process.env.NEXT_PHASE === 'phase-production-build') return ''
  throw new Error(
    'DATABASE_URL is not set. Start Relais with `npm run dev` or `npm start`, which run the embedded PostgreSQL, ' +
      'or set DATABASE_URL to an external PostgreSQL.',
  )
}

/**
 * How many connections one instance keeps to PostgreSQL at most (`DATABASE_POOL_MAX`, 10 by default as in
 * node-postgres). Every instance has its own pool: instances × this must stay under the server's `max_connections`.
 */
export function databasePoolMax(): number {
  const value = Number(process.env.DATABASE_POOL_MAX ?? 10)
  if (!Number.isInteger(value) || value < 2) throw new Error('DATABASE_POOL_MAX must be a whole number of 2 or more.')
  return value
}
