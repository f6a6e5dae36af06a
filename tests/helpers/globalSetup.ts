/**
 * Once per `npm test`: one embedded PostgreSQL server for the whole run (each spec file gets its own
 * database on it) and an up-to-date production build for the specs that talk HTTP or drive Chromium.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '@/db/embedded'

import { ensureProductionBuild } from './build'
import { freePort } from './ports'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-pg-'))
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() })
  project.provide('postgresAdminUrl', server.urlFor('postgres'))

  await ensureProductionBuild()

  return async () => {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
