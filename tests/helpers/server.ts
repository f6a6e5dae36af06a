import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { serverNodeOptions } from '@scripts/nodeOptions'

import { freePort } from './ports'

export type RunningServer = { url: string; pid: number; stop: () => Promise<void>; output: () => string }

const root = path.resolve(import.meta.dirname, '../..')

/**
 * The production build on a free port, against `databaseUrl`, started as `npm start` starts it (scripts/server.ts:
 * Next behind the server that resolves the client's address); resolves once /api/health answers.
 */
export async function startServer(
  databaseUrl: string,
  env: Record<string, string> = {},
  /** Extra options for node itself (the bench's `--cpu-prof`). */
  nodeOptions: string[] = [],
): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [...serverNodeOptions, ...nodeOptions, '--import', 'tsx', path.join(root, 'scripts/server.ts'), 'start'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        PUBLIC_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))

  const deadline = Date.now() + 60_000
  while (true) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`)
    if (Date.now() > deadline) throw new Error(`the server did not become healthy in 60 s:\n${output}`)
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (healthy) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
