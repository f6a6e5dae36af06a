import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { audiences, guideThemes } from '@/guides/vocabulary'
import type { RichBlock } from '@/richtext/fromBlocks'
import { guides } from '@seed/content/guides'
import type { GuideSeed } from '@seed/content/types'

/** The guides that answer measures 16, 17 and 28 of the strategy (issue 19), by slug. */
const newGuides = { 'inclusion-numerique': 16, 'numerique-durable': 17, 'digitaliser-un-processus': 28 } as const

const guide = (slug: string): GuideSeed => {
  const found = guides.find((g) => g.slug === slug)
  if (!found) throw new Error(`guide ${slug} is not in the seed`)
  return found
}
const blockText = (block: RichBlock): string[] =>
  'ul' in block ? block.ul : 'ol' in block ? block.ol : 'p' in block ? [block.p] : 'h2' in block ? [block.h2] : [block.h3]
const text = (g: GuideSeed) => [g.summary, ...g.body.flatMap(blockText), ...g.checklist.map((c) => c.label)].join('\n')

const sources = path.resolve(import.meta.dirname, '../../../seed/sources')
const source = (file: string) => fs.readFileSync(path.join(sources, file), 'utf8')

/** « CHF 10.00 », « CHF 3.– », « CHF 500'000.- », « CHF 8’000.– » → the amount in francs. */
const chfAmounts = (s: string): number[] =>
  [...s.matchAll(/CHF\s*([\d’']+)(?:\.(\d\d|–|-))?/g)].map(([, francs]) => Number(francs!.replace(/[’']/g, '')))

describe.each(Object.entries(newGuides))('the guide %s', (slug, measure) => {
  const g = guide(slug)

  it(`answers measure ${measure}, with a theme and audiences of the vocabulary`, () => {
    expect(g.measureNumbers).toContain(measure)
    expect(guideThemes).toContain(g.theme)
    expect(g.audiences.length).toBeGreaterThan(0)
    for (const audience of g.audiences) expect(audiences).toContain(audience)
  })

  it('has 5 to 12 minimal actions with stable, unique kebab-case keys', () => {
    expect(g.checklist.length).toBeGreaterThanOrEqual(5)
    expect(g.checklist.length).toBeLessThanOrEqual(12)
    for (const { key, label } of g.checklist) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(key.length).toBeLessThanOrEqual(60)
      expect(label.length).toBeLessThanOrEqual(240)
    }
    expect(new Set(g.checklist.map((c) => c.key)).size).toBe(g.checklist.length)
  })

  it('names its sources (publisher and title), the ARVr strategy first, URLs only as https', () => {
    expect(g.sources.length).toBeGreaterThanOrEqual(3)
    expect(g.sources[0]).toMatchObject({ publisher: 'Antenne Région Valais romand (ARVr)' })
    expect(g.sources[0]!.title).toContain(`mesure ${measure}`)
    for (const s of g.sources) {
      expect(s.title.length, JSON.stringify(s)).toBeGreaterThan(5)
      expect(s.publisher.length, JSON.stringify(s)).toBeGreaterThan(2)
      if (s.url) expect(s.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/)
    }
  })

  it('has a review cycle and a last review date', () => {
    expect(g.reviewIntervalMonths).toBeGreaterThanOrEqual(6)
    expect(g.reviewIntervalMonths).toBeLessThanOrEqual(24)
    expect(g.lastReviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(Number.isNaN(Date.parse(g.lastReviewedAt))).toBe(false)
  })
})

describe('measure 17: concrete sheets', () => {
  it('covers equipment lifetime, printing, storage and energy in sheets of their own', () => {
    const sheets = guide('numerique-durable')
      .body.filter((b): b is { h2: string } => 'h2' in b && b.h2.startsWith('Fiche '))
      .map((b) => b.h2)
    expect(sheets.length).toBeGreaterThanOrEqual(4)
    for (const topic of [/durer les équipements/, /Imprimer/, /données/, /énergie/])
      expect(
        sheets.some((s) => topic.test(s)),
        String(topic),
      ).toBe(true)
  })
})

describe('measure 28: costs only from named public sources', () => {
  const g = guide('digitaliser-un-processus')
  const body = text(g)

  it('quotes no amount that its sources (the Ma commune / ACS template, the MaCommuneEnUnClic FAQ) do not state', () => {
    const published = new Set([...chfAmounts(source('001_e0973d218a6fcdd1.txt')), ...chfAmounts(source('000_57ee14b945b0c9e1.txt'))])
    const amounts = chfAmounts(body)
    expect(amounts.length).toBeGreaterThan(0)
    // The one worked example: the template's CHF 10 per inhabitant, for a commune of 800 inhabitants.
    expect(body).toContain('Pour une commune de 800 habitant·e·s, cela représente CHF 8’000.– par an.')
    for (const amount of amounts.filter((a) => a !== 800 * 10)) expect(published, `CHF ${amount}`).toContain(amount)
  })

  it('names both cost sources', () => {
    const publishers = g.sources.map((s) => s.publisher).join('\n')
    expect(publishers).toContain('Association Ma commune et Association des Communes Suisses (ACS)')
    expect(publishers).toContain('Union des Communes Vaudoises (UCV)')
    expect(source('001_e0973d218a6fcdd1.txt')).toContain("crédit-cadre annuel d'un montant de CHF 10.00 par habitant")
    expect(source('000_57ee14b945b0c9e1.txt')).toContain("CHF 3.– par habitant·e pour la tranche allant jusqu'à 5'000 habitant·es.")
  })
})
