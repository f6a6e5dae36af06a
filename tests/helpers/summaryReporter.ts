import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", that any CI log reader understands,
 * preceded by the skipped suites' names (they carry the reason, e.g. no Meilisearch server).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    const skippedSuites = new Set<string>()
    for (const testModule of testModules) {
      // A spec file that cannot even load (a missing file, a syntax error) has no tests, but fails the run.
      if (testModule.errors().length) {
        counts.failed++
        console.log(`failed to run: ${testModule.moduleId.split('/tests/')[1]} (${testModule.errors()[0]?.message})`)
      }
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') counts.passed++
        else if (state === 'failed') counts.failed++
        else {
          counts.skipped++
          let outer = test.parent
          while (outer.type === 'suite' && outer.parent.type === 'suite') outer = outer.parent
          skippedSuites.add(`${outer.type === 'suite' ? outer.name : test.name} (${testModule.moduleId.split('/tests/')[1]})`)
        }
      }
    }
    for (const suite of skippedSuites) console.log(`skipped: ${suite}`)
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  }
}
