import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type MeasureAxis, measureAxisKeys, measureLabels } from '@/measures/vocabulary'
import { measures } from '@seed/content/measures'

// The French labels are the source's own words.
const { axes: measureAxes, priorities: measurePriorities } = measureLabels('fr')

/** The ARVr strategy 2022–25; ANNEXE III is a tab-separated table in this plain-text extraction. */
// A copy of ../shared/seeds/004_c60388f531fa361d.txt kept in the repository: CI runs on a bare clone.
const sourceFile = path.resolve(import.meta.dirname, '../../../seed/sources/004_c60388f531fa361d.txt')

type SourceRow = {
  number: number
  /** Label of the last section header row above the measure. */
  sectionAxis: string
  /** The row's own axis cell; absent on rows 1–15, which have one cell less. */
  rowAxis: string | undefined
  priority: string
  title: string
  partners: string
  deliverable: string
  justification: string
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`source 004: ${message}`)
}

/** Reads ANNEXE III from the source text: the section header rows give the axis of the rows without axis cell. */
function parseAnnex(): { rows: SourceRow[]; sections: string[]; footnote: Map<string, string> } {
  const lines = fs.readFileSync(sourceFile, 'utf8').split('\n')
  const start = lines.findIndex((line) => line.startsWith('Axe stratégique\tPriorité*\tMesure proposée\t'))
  const end = lines.findIndex((line, i) => i > start && line.startsWith('**\\*Priorités :**'))
  check(start > 0 && end > start, 'ANNEXE III table or its « *Priorités » footnote not found')
  check(
    lines[start] === 'Axe stratégique\tPriorité*\tMesure proposée\tExistant / partenaires\tLivrable\tJustificatif / Descriptif détaillé',
    'unexpected ANNEXE III column headers',
  )

  const rows: SourceRow[] = []
  const sections: string[] = []
  let section: string | undefined
  for (const line of lines.slice(start + 1, end)) {
    const cells = line.split('\t').map((cell) => cell.trim())
    // Header rows: "<b>Axe : « Partage d'informations » (…)</b>", "Axe: « Valorisation des données » (…)".
    const header = /^(?:<b>)?Axe ?: « (.+?) »/.exec(cells[0]!)
    if (header) {
      section = header[1]!
      sections.push(section)
      check(
        cells.slice(1).every((cell) => cell === ''),
        `header row with content: ${line}`,
      )
      continue
    }
    if (!/^\d+$/.test(cells[0]!)) {
      check(line.trim() === '', `unexpected line inside the table: ${line}`)
      continue
    }
    check(section !== undefined, `measure ${cells[0]} before any section header`)
    check(cells.length === 6 || cells.length === 7, `measure ${cells[0]} has ${cells.length} cells`)
    const [rowAxis, priority, title, partners, deliverable, justification] =
      cells.length === 6 ? [undefined, ...cells.slice(1)] : cells.slice(1)
    rows.push({
      number: Number(cells[0]),
      sectionAxis: section!,
      rowAxis,
      priority: priority!,
      title: title!,
      partners: partners!,
      deliverable: deliverable!,
      justification: justification!,
    })
  }

  // "**A** Quickwins – objectif automne / hiver 2022"
  const footnote = new Map<string, string>()
  for (const line of lines.slice(end + 1, end + 10)) {
    const match = /^\*\*([A-Z])\*\* (.+)$/.exec(line.trim())
    if (match) footnote.set(match[1]!, match[2]!)
  }
  return { rows, sections, footnote }
}

const axisSlug = (label: string): MeasureAxis => {
  const slug = measureAxisKeys.find((key) => measureAxes[key] === label)
  if (!slug) throw new Error(`unknown axis label « ${label} »`)
  return slug
}

describe('measures of ANNEXE III (strategy 004)', () => {
  const { rows, sections, footnote } = parseAnnex()

  it('finds the 38 rows and the four section headers in the source', () => {
    expect(rows.map((row) => row.number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1))
    expect(sections).toEqual(measureAxisKeys.map((key) => measureAxes[key]))
    // Only rows 1–15 lack the axis cell.
    expect(rows.filter((row) => row.rowAxis === undefined).map((row) => row.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
  })

  it('seeds all 38 measures, numbered 1..38 without gaps, in source order', () => {
    expect(measures).toHaveLength(38)
    expect(measures.map((m) => m.number)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1))
  })

  it('copies every field of every measure verbatim', () => {
    expect(rows).toHaveLength(measures.length)
    for (const [i, row] of rows.entries()) {
      const seeded = measures[i]!
      expect(seeded).toEqual({
        number: row.number,
        // The row's own axis cell wins; rows without one take the section header's axis.
        axis: axisSlug(row.rowAxis ?? row.sectionAxis),
        priority: row.priority,
        title: row.title,
        partners: row.partners,
        deliverable: row.deliverable,
        justification: row.justification,
      })
    }
  })

  it('keeps the axis cell of measure 36, which sits under the « Valorisation des données » header', () => {
    const row = rows.find((r) => r.number === 36)!
    expect(row.sectionAxis).toBe('Valorisation des données')
    expect(row.rowAxis).toBe('Accompagnements spécifiques')
    expect(measures.find((m) => m.number === 36)!.axis).toBe('accompagnements-specifiques')
    // Every other row with an axis cell agrees with its section header.
    const disagreeing = rows.filter((r) => r.rowAxis !== undefined && r.rowAxis !== r.sectionAxis)
    expect(disagreeing.map((r) => r.number)).toEqual([36])
  })

  it('has the expected counts per axis and per priority', () => {
    const count = <K extends string>(keys: K[]) =>
      keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {})
    expect(count(measures.map((m) => m.axis))).toEqual({
      'partage-informations': 20, // 1–20
      'accompagnements-specifiques': 6, // 21–25 and 36
      'convergence-actions': 8, // 26–33
      'valorisation-donnees': 4, // 34, 35, 37, 38
    })
    expect(count(measures.map((m) => m.priority))).toEqual({
      A: 8, // 1–5, 26, 34, 35
      B: 16, // 6–16, 27–30, 36
      C: 14, // 17–25, 31–33, 37, 38
    })
  })

  it('gives the priorities the meaning of the source footnote', () => {
    expect([...footnote.keys()]).toEqual(['A', 'B', 'C'])
    for (const [letter, text] of footnote) {
      const meaning = measurePriorities[letter as keyof typeof measurePriorities]
      expect(`${meaning.label} – ${meaning.target}`).toBe(text)
    }
    expect(footnote.get('A')).toBe('Quickwins – objectif automne / hiver 2022')
    expect(footnote.get('B')).toBe('Moyen terme – objectif été 2023')
    expect(footnote.get('C')).toBe('Continu ou long terme – à définir')
  })
})
