import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { RichBlock } from '@/richtext/fromBlocks'
import { guides } from '@seed/content/guides'
import { measures } from '@seed/content/measures'

/** The guides of measures 9 (data life cycle and archiving) and 14 (data protection by trade), as seeded. */
const guide = (slug: string) => {
  const found = guides.find((g) => g.slug === slug)
  if (!found) throw new Error(`no seeded guide ${slug}`)
  return found
}
const archiving = guide('cycle-de-vie-archivage')
const dataProtection = guide('protection-donnees-metiers')

// A copy of ../shared/seeds/004_c60388f531fa361d.txt kept in the repository: CI runs on a bare clone.
const strategy = fs.readFileSync(path.resolve(import.meta.dirname, '../../../seed/sources/004_c60388f531fa361d.txt'), 'utf8')

/** Compares wording, not typography: case, apostrophes, guillemets, bold markers and spaces set aside. */
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\*\*|[«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
const textOf = (blocks: RichBlock[]) =>
  blocks.map((b) => ('p' in b ? b.p : 'h2' in b ? b.h2 : 'h3' in b ? b.h3 : 'ul' in b ? b.ul.join('\n') : b.ol.join('\n'))).join('\n')

describe('the guide of measure 9: data life cycle and archiving', () => {
  it('answers measure 9, whose partner is the cantonal archivist, with a checklist of minimal actions', () => {
    expect(archiving.measureNumbers).toContain(9)
    expect(measures.find((m) => m.number === 9)?.partners).toBe('Archiviste cantonal')
    expect(archiving.theme).toBe('archivage')
    expect(archiving.checklist.length).toBeGreaterThanOrEqual(5)
    expect(archiving.checklist.length).toBeLessThanOrEqual(12)
  })

  it('covers the classification plan, the retention schedule, destruction with a record and the cantonal archives', () => {
    const body = normal(textOf(archiving.body))
    for (const topic of [
      'plan de classement',
      'calendrier de conservation',
      "procès-verbal d'élimination",
      "archives de l'etat du valais",
    ]) {
      expect(body, topic).toContain(topic)
    }
    expect(archiving.checklist.map((item) => item.key)).toEqual(
      expect.arrayContaining(['plan-classement', 'calendrier-conservation', 'elimination-proces-verbal', 'contact-aev']),
    )
  })

  it('gives no retention period of its own: the durations are left to the AEV’s rules', () => {
    const text = [textOf(archiving.body), ...archiving.checklist.flatMap((item) => [item.label, item.help ?? ''])].join('\n')
    expect(text).not.toMatch(/\d+\s*(ans|années|mois)\b/i)
  })

  it('cites the Archives de l’Etat du Valais and the LIPDA among its named sources', () => {
    expect(archiving.sources.every((source) => source.title && source.publisher)).toBe(true)
    expect(archiving.sources.map((s) => s.publisher)).toContain('Archives de l’Etat du Valais (AEV)')
    expect(archiving.sources.some((s) => s.title.includes('LIPDA'))).toBe(true)
  })

  it('quotes the strategy word for word', () => {
    const source = normal(strategy)
    for (const quote of [
      'pas ou peu de stratégies de gestion du cycle de vie',
      'vue d’ensemble du cycle de vie – en particulier de l’archivage',
    ]) {
      expect(normal(textOf(archiving.body)), quote).toContain(normal(quote))
      expect(source, quote).toContain(normal(quote))
    }
  })
})

describe('the guide of measure 14: data protection by trade', () => {
  it('answers measure 14, whose partner is the cantonal data-protection officer, with a checklist of minimal actions', () => {
    expect(dataProtection.measureNumbers).toContain(14)
    expect(measures.find((m) => m.number === 14)?.partners).toBe('Préposé cantonal à la protection des données')
    expect(dataProtection.theme).toBe('protection-donnees')
    expect(dataProtection.checklist.length).toBeGreaterThanOrEqual(5)
    expect(dataProtection.checklist.length).toBeLessThanOrEqual(12)
  })

  it('holds one short checklist per trade (« checklists métiers »): a heading followed by its list', () => {
    const trades = [/guichet/i, /contrôle des habitants/i, /services sociaux/i, /finances/i, /exécutif/i]
    for (const trade of trades) {
      const at = dataProtection.body.findIndex((block) => 'h3' in block && trade.test(block.h3))
      expect(at, String(trade)).toBeGreaterThan(-1)
      const list = dataProtection.body[at + 1]
      expect(list && 'ul' in list ? list.ul.length : 0, String(trade)).toBeGreaterThanOrEqual(3)
      expect(list && 'ul' in list ? list.ul.length : 99, String(trade)).toBeLessThanOrEqual(7)
    }
  })

  it('names the LIPDA and the Préposé cantonal, and cites them among its named sources', () => {
    const body = textOf(dataProtection.body)
    expect(body).toContain('LIPDA')
    expect(body).toContain('Préposé cantonal à la protection des données et à la transparence')
    expect(dataProtection.sources.every((source) => source.title && source.publisher)).toBe(true)
    expect(dataProtection.sources.some((s) => s.publisher.includes('Préposé cantonal'))).toBe(true)
    expect(dataProtection.sources.some((s) => s.title.includes('LIPDA'))).toBe(true)
  })

  it('quotes measure 14 of the strategy word for word', () => {
    const quote =
      'Le personnel « au front » ne maîtrise pas la LIPDA dans son ensemble et se trouve confronté à des actions ne répondant pas aux exigences légales (trop ou trop peu)'
    expect(normal(textOf(dataProtection.body))).toContain(normal(quote))
    expect(normal(strategy)).toContain(normal(quote))
  })
})
