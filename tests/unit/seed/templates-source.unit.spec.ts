/**
 * The templates of measure 2 (seed/content/templates.ts): the job descriptions the strategy names (« responsables
 * pour l'archivage de documents, la protection des données », 004 ANNEXE III) exist, each with named sources that
 * fit the field, and their structure matches the other job descriptions. No Payload boot.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { plainText, richTextFromBlocks } from '@/richtext/fromBlocks'
import { templates } from '@seed/content/templates'

const source004 = fs.readFileSync(path.resolve(import.meta.dirname, '../../../seed/sources/004_c60388f531fa361d.txt'), 'utf8')

describe('templates', () => {
  it('each name a source that fits the field (240 characters)', () => {
    for (const template of templates) {
      expect(template.source.trim().length, template.slug).toBeGreaterThan(20)
      expect(template.source.length, template.slug).toBeLessThanOrEqual(240)
      expect(template.description.length, template.slug).toBeLessThanOrEqual(600)
      expect(template.title.length, template.slug).toBeLessThanOrEqual(160)
    }
    expect(new Set(templates.map((t) => t.slug)).size).toBe(templates.length)
  })

  it('answer measure 2 with a job description for archives and one for data protection', () => {
    expect(source004).toContain("des responsables pour l'archivage de documents, la protection des données")
    const archives = templates.find((t) => t.slug === 'cahier-des-charges-responsable-archives')
    const dataProtection = templates.find((t) => t.slug === 'cahier-des-charges-conseiller-protection-donnees')
    for (const [template, words] of [
      [archives, ['Archives de l’Etat du Valais', 'plan de classement', 'calendrier de conservation', 'procès-verbal d’élimination']],
      [dataProtection, ['LIPDA', 'Préposé cantonal', 'registre des traitements']],
    ] as const) {
      expect(template?.category).toBe('cahier-des-charges')
      expect(template!.source).toContain('mesure')
      const text = plainText(richTextFromBlocks(template!.body))
      for (const word of words) expect(text, `${template!.slug}: ${word}`).toContain(word)
      // The same sections as the other job descriptions, and the references they rest on.
      const headings = template!.body.flatMap((block) => ('h2' in block ? [block.h2] : []))
      expect(headings).toEqual([
        'Fonction',
        'Mission',
        'Tâches',
        'Compétences requises',
        'Taux d’activité',
        'Rattachement',
        'Formation',
        'Références',
      ])
    }
  })

  it('cite no article of law (none was checked against its text)', () => {
    for (const template of templates.filter((t) => t.category === 'cahier-des-charges')) {
      const text = `${plainText(richTextFromBlocks(template.body))} ${template.source}`
      expect(text, template.slug).not.toMatch(/\bart(icle)?\.?\s*\d/i)
    }
  })
})
