import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { outdatedFields } from '@seed/committees'
import { committees } from '@seed/content/committees'

// Copies of ../shared/seeds/ kept in the repository: CI runs on a bare clone.
const read = (file: string) =>
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../seed/sources', file), 'utf8').replaceAll('**', '')
/** The ARVr strategy 2022–25: the only source of the committees' mission and composition. */
const strategy = read('004_c60388f531fa361d.txt')
/** The Vaud counter's FAQ: its COPIL / COTEC are not the ARVr's committees. */
const vaud = read('000_57ee14b945b0c9e1.txt')

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase()
/** A field's sentences, each without its final full stop (a passage of 004 may open with a capital it did not have). */
const sentences = (text: string) =>
  text
    .split(/(?<=\.) /)
    .map((sentence) => normalize(sentence).replace(/\.$/, ''))
    .filter(Boolean)

/** Section 6 « Gouvernance de la stratégie » of 004, up to section 7. */
const governance = strategy.slice(strategy.indexOf('## 6. Gouvernance de la stratégie'), strategy.indexOf('## 7. '))
const copil = committees.find((c) => c.slug === 'copil')!
const cotec = committees.find((c) => c.slug === 'cotec')!

describe('the committees, from the strategy (004) only', () => {
  it('finds section 6 in 004', () => {
    expect(governance.length).toBeGreaterThan(500)
    expect(governance).toContain('Comité ARVr')
  })

  it('quotes every sentence of each mission and composition from section 6 of 004', () => {
    for (const committee of committees)
      for (const field of ['mission', 'composition'] as const)
        for (const sentence of sentences(committee[field] ?? ''))
          expect(normalize(governance), `${committee.slug}.${field}: « ${sentence} »`).toContain(sentence)
  })

  it('gives the COTECH exactly the composition 004 gives it', () => {
    const stated = /COTECH\), composé de (.+?), est chargé de l'opérationnel/.exec(governance)?.[1]
    expect(stated).toBeDefined()
    expect(sentences(cotec.composition!)).toEqual([normalize(stated!)])
  })

  it('gives each body the mission 004 gives it', () => {
    // The Comité ARVr validates the strategy (its steering body), the prioritisation, the progress and corrections.
    for (const passage of [
      'La stratégie est validée par le Comité ARVr qui constitue ainsi son dispositif de pilotage.',
      "Ce dernier valide périodiquement la priorisation des mesures, évalue l'avancement et décide, si nécessaire, de mesures correctives.",
    ]) {
      expect(governance).toContain(passage)
      expect(copil.mission).toContain(passage)
    }
    // The COTECH runs the strategy's operations, delivers first what helps communes soon, and reviews ANNEXE III.
    for (const passage of [
      "chargé de l'opérationnel de la présente stratégie",
      'la priorité sera donnée aux développements de livrables',
      'revue périodiquement par le COTECH pour proposition au Comité ARVr',
    ]) {
      expect(governance).toContain(passage)
      expect(normalize(cotec.mission)).toContain(normalize(passage))
    }
  })

  it('says nothing where 004 says nothing: no composition for the Comité ARVr, no number of seats', () => {
    expect(copil.composition).toBeNull()
    for (const committee of committees) expect(`${committee.mission} ${committee.composition ?? ''}`).not.toMatch(/\d|deux|trois/)
  })

  it('carries nothing of the Vaud project (000)', () => {
    for (const committee of committees) {
      const text = `${committee.name} ${committee.mission} ${committee.composition ?? ''}`
      expect(text).not.toMatch(/AVRiC|syndic|vaud|task force|MaCommuneEnUnClic|COPIL/i)
    }
  })
})

describe('a committee seeded earlier with the Vaud composition', () => {
  const vaudCopil = /Le COPIL constitue l'instance stratégique\.[^\n]+/.exec(vaud)![0]
  const vaudCotec = /Le COTEC est l'instance opérationnelle du programme\.[^\n]+/.exec(vaud)![0]
  const formerCotecMission = /Le comité technique \(COTECH\), composé de [^\n]+?celles-ci\./.exec(strategy)![0]

  it('gets the strategy’s text in each field that still holds the earlier seed’s text', () => {
    expect(outdatedFields({ composition: vaudCopil, mission: copil.mission }, copil)).toEqual({ composition: null })
    expect(outdatedFields({ composition: vaudCotec, mission: formerCotecMission }, cotec)).toEqual({
      composition: cotec.composition,
      mission: cotec.mission,
    })
  })

  it('keeps a field someone edited, and changes nothing once up to date', () => {
    expect(outdatedFields({ composition: `${vaudCotec} `, mission: 'Mission revue par le Comité.' }, cotec)).toEqual({})
    for (const committee of committees) expect(outdatedFields(committee, committee)).toEqual({})
  })
})
