import { describe, expect, it } from 'vitest'

import { faqs } from '@seed/content/faqs'
import { guides } from '@seed/content/guides'
import { templates } from '@seed/content/templates'
import type { SourceSeed } from '@seed/content/types'

/**
 * Every seeded guide, template and question names at least one source: who published it and what. The checks read
 * the seed arrays themselves, so a guide or template added later is held to the same rule.
 */
const placeholder = /^(?:-|—|n\/a|todo|tbd|à compléter|à définir|source|sources|inconnue?|donnée de démonstration)\.?$/i

function expectNamed(source: SourceSeed, where: string) {
  expect(source.title?.trim().length ?? 0, `${where}: a source without a title`).toBeGreaterThan(3)
  expect(source.title, where).not.toMatch(placeholder)
  expect(source.publisher?.trim().length ?? 0, `${where}: « ${source.title} » has no publisher`).toBeGreaterThan(1)
  expect(source.publisher, where).not.toMatch(placeholder)
  if (source.url !== undefined) expect(source.url, `${where}: « ${source.title} »`).toMatch(/^https:\/\/[^\s<>"]+$/)
}

describe('every seeded guide, template and question names its sources', () => {
  it('reads the seed arrays (all of them, whatever their number)', () => {
    expect(guides.length).toBeGreaterThanOrEqual(6)
    expect(templates.length).toBeGreaterThanOrEqual(4)
    expect(faqs.length).toBeGreaterThanOrEqual(18)
  })

  it.each(guides.map((guide) => [guide.slug, guide] as const))('guide « %s »: at least one named source', (slug, guide) => {
    expect(guide.sources.length, slug).toBeGreaterThan(0)
    for (const source of guide.sources) expectNamed(source, `guide ${slug}`)
  })

  it.each(faqs.map((faq) => [faq.order, faq] as const))('question no. %s: at least one named source', (order, faq) => {
    expect(faq.sources?.length ?? 0, faq.question).toBeGreaterThan(0)
    for (const source of faq.sources) expectNamed(source, `question ${order}`)
  })

  it.each(templates.map((template) => [template.slug, template] as const))('template « %s »: a named source', (slug, template) => {
    const source = template.source?.trim() ?? ''
    expect(source, slug).not.toMatch(placeholder)
    // A name and what it is: at least a few words, e.g. « Stratégie numérique ARVr 2022–25, mesure 2 ».
    expect(source.split(/\s+/).length, `template ${slug}: « ${source} »`).toBeGreaterThanOrEqual(3)
    expect(source, slug).toMatch(/\p{Lu}/u)
  })
})
