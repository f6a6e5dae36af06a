/**
 * The measures' vocabularies and exports in both languages: axes, priorities and statuses are translated (issue 26),
 * the export's columns follow the language of the person downloading, and what a proposal changes reads in theirs.
 */
import { describe, expect, it } from 'vitest'

import { measureTable, overview } from '@/measures/list'
import { proposalChange } from '@/measures/proposalChange'
import { measureAxisKeys, measureLabels, measureStatusKeys, priorities } from '@/measures/vocabulary'
import type { Measure } from '@/payload-types'

const measure = {
  number: 29,
  rank: 3,
  axis: 'convergence-actions',
  priority: 'A',
  title: 'Organisation de tests de phishing',
  partners: 'SCI',
  deliverable: 'Campagne',
  status: 'en-cours',
  progress: 40,
  owner: null,
} as unknown as Measure

describe('the measures’ vocabularies', () => {
  it('name every axis, priority and status in French and in German, differently', () => {
    const [fr, de] = [measureLabels('fr'), measureLabels('de')]
    for (const axis of measureAxisKeys) expect(de.axes[axis], axis).not.toBe(fr.axes[axis])
    for (const status of measureStatusKeys) expect(de.statuses[status], status).not.toBe(fr.statuses[status])
    for (const p of priorities) expect(de.priorities[p].label, p).not.toBe(fr.priorities[p].label)
    expect(fr.axes['convergence-actions']).toBe('Convergence des actions')
    expect(de.axes['convergence-actions']).toBe('Bündelung der Massnahmen')
    expect(de.statuses['en-cours']).toBe('In Arbeit')
    expect(de.priorities.A).toEqual({ label: 'Schnelle Erfolge', target: 'Ziel Herbst / Winter 2022' })
  })
})

describe('the export', () => {
  it('has French columns and words for a French reader', () => {
    const [header, row] = measureTable([measure], 'fr')
    expect(header).toEqual([
      'N°',
      'Rang',
      'Axe',
      'Priorité',
      'Mesure',
      'Existant / partenaires',
      'Livrable',
      'État',
      'Avancement (%)',
      'Responsable',
    ])
    expect(row).toEqual([
      29,
      3,
      'Convergence des actions',
      'A – Quickwins',
      'Organisation de tests de phishing',
      'SCI',
      'Campagne',
      'En cours',
      40,
      '',
    ])
  })

  it('has German columns and words for a German reader, the content as entered', () => {
    const [header, row] = measureTable([measure], 'de')
    expect(header).toEqual([
      'Nr.',
      'Rang',
      'Achse',
      'Priorität',
      'Massnahme',
      'Bestehendes / Partner',
      'Ergebnis',
      'Stand',
      'Fortschritt (%)',
      'Verantwortlich',
    ])
    expect(row).toEqual([
      29,
      3,
      'Bündelung der Massnahmen',
      'A – Schnelle Erfolge',
      'Organisation de tests de phishing',
      'SCI',
      'Campagne',
      'In Arbeit',
      40,
      '',
    ])
    expect(overview([measure], 'de').find((r) => r.axis === 'convergence-actions')!.label).toBe('Bündelung der Massnahmen')
  })

  it('says what a proposal changes in the reader’s language', () => {
    const change = { fromPriority: 'B', toPriority: 'A', fromRank: 29, toRank: 3 } as const
    expect(proposalChange(change)).toBe('priorité B → A, rang 29 → 3')
    expect(proposalChange(change, 'de')).toBe('Priorität B → A, Rang 29 → 3')
  })
})
