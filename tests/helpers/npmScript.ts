import { spawn } from 'node:child_process'
import path from 'node:path'

export type ScriptRun = { code: number; output: string; ms: number }

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Runs of a script that printed nothing before one is given up. Two were not enough once: a full CI run on the
 * 2-core runner saw the restore stall twice in a row, while the same spec alone restored in 5 s.
 */
const attempts = 3

/**
 * `npm run <script> -- <args>` as an operator runs it, in its own process group, with `env` added (an `undefined`
 * value removes the variable). A cold `tsx` start has, rarely and only on a loaded runner, never finished loading
 * (Node idle, nothing printed): a run that printed nothing by `deadlineMs` has its whole group killed (npm, tsx and
 * node, so no orphan keeps the machine busy) and is run again (`attempts` in all), said in the log. A run stuck after it printed
 * something is a failure, with what it printed.
 */
export async function npmScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  deadlineMs = 180_000,
): Promise<ScriptRun> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const run = await runOnce(script, args, env, deadlineMs)
    if (run) return run
    console.warn(
      `[${script}] printed nothing in ${deadlineMs / 1000} s (stuck loading modules): killed${attempt < attempts ? ' and run again' : ''}`,
    )
  }
  throw new Error(`npm run ${script} printed nothing in ${deadlineMs / 1000} s, ${attempts} times`)
}

/** One run; null when it printed nothing before the deadline. */
function runOnce(script: string, args: string[], env: Record<string, string | undefined>, deadlineMs: number): Promise<ScriptRun | null> {
  const started = performance.now()
  const childEnv = { ...process.env, ...env }
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key]
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env: childEnv, detached: true })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    const deadline = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // Already gone.
      }
      if (output.trim()) reject(new Error(`npm run ${script} did not end within ${deadlineMs / 1000} s; it printed:\n${output}`))
      else resolve(null)
    }, deadlineMs)
    child.on('close', (code) => {
      clearTimeout(deadline)
      resolve({ code: code ?? 1, output, ms: performance.now() - started })
    })
  })
}
