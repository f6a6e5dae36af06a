import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    include: ['tests/int/**/*.int.spec.ts', 'tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    // One fresh module graph per spec file: each boots Payload on its own database.
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: {
      PAYLOAD_SECRET: 'relais-test-secret-not-for-production-0123456789',
      RELAIS_DEMO: 'off',
      RELAIS_JOBS: 'off',
    },
  },
})
