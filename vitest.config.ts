import { defineConfig } from 'vitest/config'

const env = {
  PAYLOAD_SECRET: 'relais-test-secret-not-for-production-0123456789',
  RELAIS_DEMO: 'off',
  RELAIS_JOBS: 'off',
}

/**
 * Two projects. `unit`: pure functions, no database, no server, no build (`npm run test:unit`, seconds).
 * `int`: everything that boots Payload, talks HTTP to the production build or drives Chromium.
 * `npm test` runs both.
 */
export default defineConfig({
  // The folder aliases (@/, @collections/, @seed/ …) come from tsconfig.json: one list.
  resolve: { tsconfigPaths: true },
  test: {
    reporters: ['default', './tests/helpers/summaryReporter.ts'],
    // Two spec files at a time on the 2-core machines this runs on (each int file holds a Payload, some a server).
    maxWorkers: 2,
    fileParallelism: true,
    env,
    // expect.poll waits for what a page or a job does next; its default second is shorter than a server's answer on
    // a loaded 2-core runner (two spec files, each with a server and Chromium). Patience, not a timing check: a
    // poll that succeeds returns at once.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.unit.spec.ts'],
          // Pure modules: threads start faster than forks, and nothing global is left behind.
          pool: 'threads',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.spec.ts', 'tests/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['tests/helpers/globalSetup.ts'],
          // One fresh module graph per spec file: each boots Payload on its own database.
          pool: 'forks',
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
