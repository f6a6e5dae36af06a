import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const buildId = path.join(root, '.next/BUILD_ID')
const inputs = ['src', 'collections', 'globals', 'seed', 'public', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']

function newestChange(entry: string): number {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return 0
  const stat = fs.statSync(full)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(full).map((name) => newestChange(path.join(entry, name))))
}

/** Runs `next build` unless the existing build is newer than every source file (fast local re-runs). */
export function ensureProductionBuild() {
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > Math.max(...inputs.map(newestChange))) return
  console.log('[tests] building the production server (next build)…')
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error('next build failed: see its output above')
}
