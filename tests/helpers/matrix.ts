import fs from 'node:fs'
import path from 'node:path'

export type Cell = { collection: string; operation: string; actor: string; allowed: boolean }

/** The cells of the access matrix in docs/access.md: one per (collection, operation, actor). */
export function readAccessMatrix(file = path.resolve(import.meta.dirname, '../../docs/access.md')): Cell[] {
  const rows = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
  const [header, , ...body] = rows
  const actors = header!.slice(2)
  return body.flatMap(([collection, operation, ...marks]) =>
    marks.map((mark, i) => {
      if (mark !== '✓' && mark !== '✗') throw new Error(`docs/access.md: "${mark}" in ${collection} / ${operation} is neither ✓ nor ✗`)
      return { collection: collection!, operation: operation!, actor: actors[i]!, allowed: mark === '✓' }
    }),
  )
}
