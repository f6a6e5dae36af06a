/**
 * `npm run dev` / `npm start`: the database (embedded unless DATABASE_URL is set), then Next.js (scripts/server.ts),
 * then one request that makes Payload migrate and seed, then the address and demo logins.
 */
import path from 'node:path'

import { roles } from '@/access/roles'
import { objectStorage, ObjectStorageConfigError } from '@/config/objectStorage'
import { DEMO_PASSWORD, demoUsers } from '@seed/demo-users'

import { serverNodeOptions } from './nodeOptions'
import { runWithDatabase } from './with-database'

const mode = process.argv[2] === 'start' ? 'start' : 'dev'
const port = process.env.PORT ?? '3000'
const startedAt = Date.now()
const showDemo = mode === 'dev' && process.env.RELAIS_DEMO !== 'off'

async function announceWhenReady() {
  const deadline = Date.now() + 5 * 60_000
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`)
      if (response.ok) return printBanner()
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  console.error(`Relais did not answer on port ${port} within 5 minutes; see the log above.`)
}

function printBanner() {
  const lines = [``, `Relais is ready at http://localhost:${port} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`]
  if (showDemo) {
    lines.push(`Demo accounts (password for all: ${DEMO_PASSWORD}):`)
    for (const user of demoUsers) {
      const extra = [user.communeValidator && 'validateur', user.communeReferent && 'référent'].filter(Boolean)
      lines.push(`  ${user.email.padEnd(32)} ${[...user.roles.map((role) => roles[role]), ...extra].join(', ')}`)
    }
  }
  console.log(lines.join('\n') + '\n')
}

// Checked before anything starts: Payload reads it only at the first request, where the error would hide behind
// a failing health check instead of stopping the start.
try {
  objectStorage()
} catch (error) {
  if (!(error instanceof ObjectStorageConfigError)) throw error
  console.error(`\n${error.message}\n`)
  process.exit(1)
}

// Next.js behind our own small server, which decides the client's address (scripts/server.ts).
await runWithDatabase(
  process.execPath,
  [...(mode === 'start' ? serverNodeOptions : []), '--import', 'tsx', path.resolve('scripts/server.ts'), mode],
  {
    env: { PORT: port },
    onStarted: () => void announceWhenReady(),
  },
)
