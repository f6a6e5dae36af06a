/**
 * Rebuilds the search index from the database, then checks it:
 *   npm run reindex              rebuild everything (one swap: searches keep working meanwhile), then check
 *   npm run reindex -- --check   only report entries missing, stale or left over (exit code 1 if any)
 * Works on the configured engine: PostgreSQL, or Meilisearch when MEILISEARCH_HOST is set.
 */
import { parseArgs } from 'node:util'

import { withPayload } from './with-payload'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })

function progressBar(total: number) {
  const width = 30
  let lastPrinted = -1
  return (done: number) => {
    const ratio = total ? Math.min(1, done / total) : 1
    const percent = Math.floor(ratio * 100)
    const bar = `[${'#'.repeat(Math.round(ratio * width)).padEnd(width, '-')}] ${done}/${total} (${percent} %)`
    if (process.stderr.isTTY) process.stderr.write(`\r${bar}`)
    else if (percent >= lastPrinted + 10 || done === total) {
      lastPrinted = percent
      console.error(bar)
    }
  }
}

await withPayload(async (payload) => {
  const { checkSearchIndex, countSearchable, rebuildSearchIndex } = await import('@/search/indexer')
  const { searchEngine } = await import('@/search/engine')
  const engine = searchEngine(payload)
  try {
    if (!values.check) {
      const total = await countSearchable(payload)
      console.log(`Reconstruction de l’index (${engine.name}) : ${total} documents à examiner…`)
      const started = performance.now()
      await rebuildSearchIndex(payload, progressBar(total))
      if (process.stderr.isTTY) process.stderr.write('\n')
      console.log(`Index reconstruit en ${((performance.now() - started) / 1000).toFixed(1)} s.`)
    }
    const report = await checkSearchIndex(payload)
    console.log(`Contrôle : ${report.expected} entrées attendues, ${report.indexed} dans l’index.`)
    for (const [label, keys] of [
      ['manquantes', report.missing],
      ['périmées', report.stale],
      ['en trop (contenu supprimé ou dépublié)', report.orphaned],
    ] as const) {
      if (keys.length) console.log(`  ${keys.length} ${label} : ${keys.slice(0, 20).join(', ')}${keys.length > 20 ? ', …' : ''}`)
    }
    const consistent = !report.missing.length && !report.stale.length && !report.orphaned.length
    console.log(consistent ? 'Index cohérent.' : 'Index incohérent : lancez `npm run reindex`.')
    return consistent ? 0 : 1
  } catch (error) {
    console.error('Réindexation impossible :', error instanceof Error ? error.message : error)
    return 1
  }
})
