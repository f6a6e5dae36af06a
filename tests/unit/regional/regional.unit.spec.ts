import { describe, expect, it } from 'vitest'

import { completionMatrix } from '@/checklists/matrix'
import { anonymousMedian } from '@/indicators/anonymity'
import { classesFor, classOf, formatValue } from '@/regional/classes'
import { anonymousDistribution } from '@/regional/distribution'
import { type MatrixRow, matrixTable, parseMatrixSort, sortRows } from '@/regional/view'

describe('completionMatrix', () => {
  const guides = [
    { id: 1, title: 'Sauvegardes', slug: 's', keys: ['a', 'b', 'c', 'd'] },
    { id: 2, title: 'Mots de passe', slug: 'm', keys: ['a', 'b'] },
  ]
  it('applies the rule of /guides/suivi per guide and over every published action', () => {
    const matrix = completionMatrix([10, 20, 30], guides, [
      { commune: 10, guide: 1, itemKey: 'a', state: 'done' },
      { commune: 10, guide: 1, itemKey: 'b', state: 'partial' },
      { commune: 10, guide: 1, itemKey: 'c', state: 'na' },
      // Same key in another guide: its own answer.
      { commune: 10, guide: 2, itemKey: 'a', state: 'done' },
      { commune: 20, guide: 2, itemKey: 'a', state: 'na' },
      { commune: 20, guide: 2, itemKey: 'b', state: 'na' },
    ])
    expect(matrix.get(10)!.perGuide.get(1)).toBe(50) // (1 + 0.5) / 3
    expect(matrix.get(10)!.perGuide.get(2)).toBe(50)
    expect(matrix.get(10)!.overall).toBe(50) // 2.5 / 5
    expect(matrix.get(10)!.answered).toBe(4)
    expect(matrix.get(20)!.perGuide.get(2)).toBe(100) // nothing applicable: complete
    expect(matrix.get(30)!.overall).toBe(0)
  })
  it('has no overall value when no published guide has actions', () => {
    expect(completionMatrix([1], [], []).get(1)!.overall).toBeNull()
  })
})

describe('classes of the map and the matrix', () => {
  it('puts shares in fixed quarters, and no value in no class', () => {
    const classes = classesFor('percent', [])
    expect([0, 24, 24.4, 25, 49, 50, 74, 75, 100].map((v) => classOf(v, classes)?.level)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4])
    expect(classOf(null, classes)).toBeNull()
    expect(classes.map((c) => c.bounds)).toEqual(['0 à 24 %', '25 à 49 %', '50 à 74 %', '75 à 100 %'])
    expect(formatValue(null, 'percent')).toBe('Pas de donnée')
  })
  it('counts: « aucun » then three steps up to the region’s highest value', () => {
    const classes = classesFor('count', [0, 3, 9, null])
    expect(classes.map((c) => c.bounds)).toEqual(['0', '1 à 3', '4 à 6', '7 à 9'])
    expect(classOf(9, classes)?.level).toBe(4)
    expect(classesFor('count', [0, 1]).map((c) => c.bounds)).toEqual(['0', '1'])
  })
  it('yes/no: two classes', () => {
    const classes = classesFor('yesno', [])
    expect([classOf(0, classes)?.bounds, classOf(1, classes)?.bounds]).toEqual(['Non', 'Oui'])
  })
})

describe('the matrix sort and table', () => {
  const rows: MatrixRow[] = [
    { id: 1, name: 'Sion', overall: 40, perGuide: { 7: 100 } },
    { id: 2, name: 'Ayent', overall: 40, perGuide: { 7: 20 } },
    { id: 3, name: 'Martigny', overall: null, perGuide: {} },
  ]
  it('reads the sort from the address, falling back to the communes A to Z', () => {
    expect(parseMatrixSort({ tri: 'guide-7', ordre: 'desc' }, [{ id: 7 }])).toEqual({ by: 'guide-7', dir: 'desc' })
    expect(parseMatrixSort({ tri: 'guide-8' }, [{ id: 7 }])).toEqual({ by: 'commune', dir: 'asc' })
    expect(parseMatrixSort({ tri: ['global', 'x'] }, [])).toEqual({ by: 'commune', dir: 'asc' })
  })
  it('sorts by a column with ties by name and missing values last', () => {
    expect(sortRows(rows, { by: 'global', dir: 'desc' }).map((r) => r.name)).toEqual(['Ayent', 'Sion', 'Martigny'])
    expect(sortRows(rows, { by: 'guide-7', dir: 'asc' }).map((r) => r.name)).toEqual(['Ayent', 'Sion', 'Martigny'])
    expect(sortRows(rows, { by: 'commune', dir: 'desc' }).map((r) => r.name)).toEqual(['Sion', 'Martigny', 'Ayent'])
  })
  it('makes the export’s table: a header, then one row per commune, empty where there is no value', () => {
    expect(matrixTable([{ id: 7, title: 'Sauvegardes', slug: 's', keys: ['a'] }], rows)).toEqual([
      ['Commune', 'Toutes les checklists (%)', 'Sauvegardes (%)'],
      ['Sion', 40, 100],
      ['Ayent', 40, 20],
      ['Martigny', '', ''],
    ])
  })
  it('hides a median under 3 communes', () => {
    expect(anonymousMedian([10, 30, null])).toBeNull()
    expect(anonymousMedian([10, 30, 80])).toBe(30)
  })
})

describe('anonymousDistribution', () => {
  it('hides counts of 1 or 2, and one more when a single hidden count could be found back from the total', () => {
    expect(anonymousDistribution([58, 0, 0, 1])).toEqual([null, 0, 0, null])
    expect(anonymousDistribution([50, 6, 2, 1])).toEqual([50, 6, null, null])
    expect(anonymousDistribution([50, 5, 3, 1])).toEqual([50, 5, null, null])
    expect(anonymousDistribution([56, 0, 0, 3])).toEqual([56, 0, 0, 3])
    expect(anonymousDistribution([59, 0, 0, 0])).toEqual([59, 0, 0, 0])
  })
})
