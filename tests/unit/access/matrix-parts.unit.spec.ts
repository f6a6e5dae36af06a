/**
 * docs/access.md is checked cell by cell by two int specs (tests/int/access-matrix-*.int.spec.ts). Here, without a
 * server: the table reads (every mark ✓ or ✗, eight actors), and every row belongs to one of those specs, so that a
 * row added for a new collection fails fast until a spec checks it.
 */
import { describe, expect, it } from 'vitest'

import { matrixParts, partOf, readAccessMatrix } from '@tests/helpers/matrix'
import { actorNames } from '@tests/helpers/people'

const cells = readAccessMatrix()

describe('the access matrix in docs/access.md', () => {
  it('has a ✓ or ✗ for every actor of every row', () => {
    const rows = new Set(cells.map((cell) => `${cell.collection} | ${cell.operation}`))
    expect(cells).toHaveLength(rows.size * (actorNames.length + 1))
    expect(new Set(cells.map((cell) => cell.actor))).toEqual(new Set(['anonymous', ...actorNames]))
  })

  it('gives every row to one access-matrix spec, and each spec some rows', () => {
    const parts = cells.map((cell) => partOf(cell))
    for (const part of matrixParts) expect(parts, part).toContain(part)
    expect(new Set(parts)).toEqual(new Set(matrixParts))
  })
})
