/**
 * The cartography seed (actors, initiatives) and the contract checklist against the ARVr strategy 004:
 * missions quoted verbatim from ANNEXE IV, full names from the list of abbreviations, and the internal
 * consistency of the data (slugs, references, measure numbers, communes). No Payload boot.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type ActorLevel, actorLevelKeys, initiativeStatusKeys, initiativeThemeKeys, levelKeys } from '@/map/vocabulary'
import { communes } from '@seed/communes'
import { actors } from '@seed/content/actors'
import { contractCriteria } from '@seed/content/contractCriteria'
import { initiatives } from '@seed/content/initiatives'

// A copy of ../shared/seeds/004_c60388f531fa361d.txt kept in the repository: CI runs on a bare clone.
const sourceFile = path.resolve(import.meta.dirname, '../../../seed/sources/004_c60388f531fa361d.txt')
const sourceLines = fs.readFileSync(sourceFile, 'utf8').split('\n')

/** Markdown emphasis removed, whitespace collapsed. */
const clean = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim()
/** A list item as a mission: cleaned, without its trailing « ; » or « . ». */
const asMission = (text: string) => clean(text).replace(/[;.]$/, '')
const sourceText = clean(sourceLines.join('\n'))

/** The ANNEXE IV synoptic table: `### ACTOR` blocks, `#### AXIS :` sub-blocks, `- ` bullets. */
function parseAnnexIV(): Map<string, { axis: string | undefined; items: string[] }[]> {
  const start = sourceLines.findIndex((line) => line.trim() === '### ANTENNE RÉGION VALAIS ROMAND')
  const end = sourceLines.findIndex((line, i) => i > start && line.trim() === '**ANTENNE**')
  if (start < 0 || end < start) throw new Error('source 004: ANNEXE IV not found')
  const blocks = new Map<string, { axis: string | undefined; items: string[] }[]>()
  let current: { axis: string | undefined; items: string[] }[] | undefined
  for (const raw of sourceLines.slice(start, end)) {
    const line = raw.trim()
    if (line === '') continue
    const actor = /^### (.+)$/.exec(line)
    if (actor) {
      current = [{ axis: undefined, items: [] }]
      blocks.set(actor[1]!, current)
      continue
    }
    const axis = /^#### (.+?) ?:$/.exec(line)
    if (axis) {
      if (current!.length === 1 && current![0]!.items.length === 0) current!.pop()
      current!.push({ axis: axis[1]!, items: [] })
      continue
    }
    // Bullets everywhere; the « missions digitales majeures » of the communes are bare lines.
    const item = line.startsWith('- ') ? line.slice(2) : line
    current!.at(-1)!.items.push(asMission(item))
  }
  return blocks
}

/** « - SAN – Service cantonal de l'administration numérique » → SAN ↦ full name. */
function parseAbbreviations(): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of sourceLines.slice(0, 60)) {
    const match = /^- (\S+) – (.+)$/.exec(line.trim())
    if (match) map.set(match[1]!, match[2]!)
  }
  return map
}

const actor = (slug: string) => {
  const found = actors.find((a) => a.slug === slug)
  if (!found) throw new Error(`no actor « ${slug} »`)
  return found
}
const withoutEtc = (items: string[]) => items.filter((item) => !/^Etc\.?$/.test(item))

/**
 * The only missions that are not a verbatim passage of 004 (modulo the case of the first letter), each with
 * the passage it rephrases.
 */
const nearVerbatim: Record<string, string> = {
  "Accompagner et accélérer la transformation numérique de l'administration publique valaisanne":
    "dont la mission principale est d'accompagner et d'accélérer la transformation numérique de l'administration publique valaisanne",
}
const inSource = (text: string) => sourceText.includes(text) || sourceText.includes(text.charAt(0).toLowerCase() + text.slice(1))

describe('actors of the Valais digital ecosystem (strategy 004, ANNEXE IV)', () => {
  const annex = parseAnnexIV()

  it('finds the five blocks of the ANNEXE IV table in the source', () => {
    expect([...annex.keys()]).toEqual([
      'ANTENNE RÉGION VALAIS ROMAND',
      'MISSIONS DIGITALES MAJEURES INCOMBANT AUX COMMUNES',
      'AUTRES ACTEURS PERTINENTS',
      'PRESTATAIRES IT',
      'CANTON DU VALAIS',
    ])
    expect(annex.get('ANTENNE RÉGION VALAIS ROMAND')!.map((b) => [b.axis, b.items.length])).toEqual([
      ["PARTAGE D'INFORMATIONS", 4],
      ['ACCOMPAGNEMENTS SPÉCIFIQUES', 3],
      ['CONVERGENCE DES ACTIONS', 3],
      ['VALORISATION DE LA DONNÉE', 4],
    ])
  })

  it('copies the ANNEXE IV missions of the ARVr, the Canton, the communes and the IT providers verbatim and in order', () => {
    const items = (block: string) => annex.get(block)!.flatMap((b) => b.items)
    expect(actor('arvr').missions).toEqual(items('ANTENNE RÉGION VALAIS ROMAND'))
    expect(actor('canton-du-valais').missions).toEqual(items('CANTON DU VALAIS'))
    expect(actor('communes').missions).toEqual(items('MISSIONS DIGITALES MAJEURES INCOMBANT AUX COMMUNES'))
    expect(actor('prestataires-it').missions).toEqual(withoutEtc(items('PRESTATAIRES IT')))
    // What the source actually lists: 4 + 3 + 3 + 4 for the ARVr, 7 for the Canton.
    expect(actor('arvr').missions).toHaveLength(14)
    expect(actor('canton-du-valais').missions).toHaveLength(7)
    expect(actor('communes').missions).toHaveLength(4)
    expect(actor('prestataires-it').missions).toHaveLength(4)
    expect(actor('arvr').missions[0]).toBe("Mise à disposition d'une plateforme d'intelligence collective (accès facilité à l'information)")
    for (const slug of ['arvr', 'canton-du-valais', 'communes', 'prestataires-it']) {
      for (const mission of actor(slug).missions) {
        expect(mission, `${slug}: « ${mission} »`).toBe(asMission(mission))
        expect(sourceText.includes(mission), `${slug}: « ${mission} » not in 004`).toBe(true)
      }
    }
  })

  it('quotes every other mission from 004, apart from the listed near-verbatim ones', () => {
    const used = new Set<string>()
    for (const a of actors) {
      for (const mission of a.missions) {
        expect(mission.trim(), `${a.slug}: empty mission`).not.toBe('')
        if (inSource(mission)) continue
        const passage = nearVerbatim[mission]
        expect(passage, `${a.slug}: « ${mission} » is neither in 004 nor listed as near-verbatim`).toBeDefined()
        expect(sourceText.includes(passage!), `near-verbatim passage not in 004: « ${passage} »`).toBe(true)
        used.add(mission)
      }
    }
    expect([...used].sort()).toEqual(Object.keys(nearVerbatim).sort())
  })

  it('includes the actors the strategy names, on their levels', () => {
    const expected: Record<string, ActorLevel> = {
      arvr: 'regional',
      'canton-du-valais': 'cantonal',
      san: 'cantonal',
      sci: 'cantonal',
      sscm: 'cantonal',
      ocsp: 'cantonal',
      'archiviste-cantonal': 'cantonal',
      'prepose-protection-donnees': 'cantonal',
      communes: 'communal',
      fcv: 'intercommunal',
      rwo: 'regional',
      ans: 'federal',
      ofcs: 'federal',
      'hes-so': 'partenaires',
      'egov-innovation-center': 'partenaires',
      fddm: 'partenaires',
      'conference-latine-directeurs-numerique': 'partenaires',
      'prestataires-it': 'partenaires',
    }
    expect(Object.fromEntries(actors.map((a) => [a.slug, a.level]))).toEqual(expected)
  })

  it('takes full names from the list of abbreviations', () => {
    const abbreviations = parseAbbreviations()
    expect(abbreviations.get('SAN')).toBe("Service cantonal de l'administration numérique")
    const checked = actors.filter((a) => a.acronym && abbreviations.has(a.acronym))
    expect(checked.map((a) => a.acronym).sort()).toEqual(['ARVr', 'FCV', 'FDDM', 'OCSP', 'RWO', 'SAN', 'SCI', 'SSCM'].sort())
    for (const a of checked) expect(a.name, a.slug).toBe(abbreviations.get(a.acronym!))
  })

  it('has unique kebab-case slugs, valid levels, texts and sources, and no invented website', () => {
    const slugs = actors.map((a) => a.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const a of actors) {
      expect(a.slug, a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(actorLevelKeys, a.slug).toContain(a.level)
      expect(a.name.trim(), a.slug).not.toBe('')
      expect(a.summary.trim(), a.slug).not.toBe('')
      expect(a.source, a.slug).toMatch(/^Stratégie numérique ARVr 2022–25, /)
      // 004 gives no URL: no actor may carry one.
      expect(a.website, a.slug).toBeUndefined()
    }
  })
})

describe('initiatives named in the sources', () => {
  const actorSlugs = new Set(actors.map((a) => a.slug))
  const ofsNumbers = new Set(communes.map((c) => c.ofsNumber))

  it('has 8 to 14 initiatives with unique kebab-case slugs', () => {
    expect(initiatives.length).toBeGreaterThanOrEqual(8)
    expect(initiatives.length).toBeLessThanOrEqual(14)
    const slugs = initiatives.map((i) => i.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('refers only to seeded actors, the lead never among its own partners', () => {
    for (const i of initiatives) {
      expect(actorSlugs.has(i.lead), `${i.slug}: lead « ${i.lead} »`).toBe(true)
      for (const partner of i.partners) expect(actorSlugs.has(partner), `${i.slug}: partner « ${partner} »`).toBe(true)
      expect(i.partners, i.slug).not.toContain(i.lead)
      expect(new Set(i.partners).size, i.slug).toBe(i.partners.length)
    }
  })

  it('uses measure numbers of ANNEXE III (1–38), without duplicates', () => {
    for (const i of initiatives) {
      for (const n of i.measureNumbers) {
        expect(Number.isInteger(n) && n >= 1 && n <= 38, `${i.slug}: measure ${n}`).toBe(true)
      }
      expect(new Set(i.measureNumbers).size, i.slug).toBe(i.measureNumbers.length)
    }
    expect(initiatives.find((i) => i.slug === 'smarter')?.measureNumbers).toEqual([34])
  })

  it('names only communes of seed/communes.ts, and none where the sources name none', () => {
    for (const i of initiatives) {
      for (const ofs of i.communeOfs) expect(ofsNumbers.has(ofs), `${i.slug}: OFS ${ofs}`).toBe(true)
      // The sources never say which individual communes take part: participation is not invented.
      expect(i.communeOfs, i.slug).toEqual([])
    }
    expect(initiatives.find((i) => i.slug === 'creation-ans')?.allCommunes).toBe(false)
  })

  it('uses the vocabularies of src/map/vocabulary.ts and covers cybersecurity and the virtual counter', () => {
    for (const i of initiatives) {
      expect(i.themes.length, i.slug).toBeGreaterThan(0)
      for (const theme of i.themes) expect(initiativeThemeKeys, i.slug).toContain(theme)
      expect(levelKeys, i.slug).toContain(i.level)
      expect(initiativeStatusKeys, i.slug).toContain(i.stage)
    }
    expect(initiatives.filter((i) => i.themes.includes('cybersecurite')).length).toBeGreaterThanOrEqual(2)
    expect(initiatives.some((i) => i.themes.includes('guichet-virtuel'))).toBe(true)
  })

  it('has valid ISO dates, the start never after the end, and the dates the source gives', () => {
    const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)
    for (const i of initiatives) {
      for (const d of [i.startDate, i.endDate]) if (d !== undefined) expect(isDate(d), `${i.slug}: ${d}`).toBe(true)
      if (i.startDate && i.endDate) expect(i.startDate <= i.endDate, i.slug).toBe(true)
      expect(i.summary.trim(), i.slug).not.toBe('')
      expect(i.description.trim(), i.slug).not.toBe('')
      expect(i.source, i.slug).toMatch(/^Stratégie numérique ARVr 2022–25, /)
    }
    // « En novembre 2020, un sondage » … « D'août 2021 à mars 2022 quatre ateliers » (month-only: the 1st).
    const exploratory = initiatives.find((i) => i.slug === 'demarche-exploratoire-egov-2021-22')
    expect([exploratory?.startDate, exploratory?.endDate, exploratory?.stage]).toEqual(['2020-11-01', '2022-03-01', 'realisee'])
    expect(sourceText).toContain('En novembre 2020, un sondage')
    expect(sourceText).toContain("D'août 2021 à mars 2022 quatre ateliers participatifs")
    // « active depuis le 1er janvier 2022 ».
    expect(initiatives.find((i) => i.slug === 'creation-ans')?.endDate).toBe('2022-01-01')
    expect(sourceText).toContain('active depuis le 1<sup>er</sup> janvier 2022')
  })
})

describe('fits the fields of the collections', () => {
  // Limits of collections/Actors, collections/Initiatives and collections/ContractCriteria: the seed must not fail.
  const fits = (value: string | undefined, max: number, what: string) =>
    expect((value ?? '').length, `${what} (${(value ?? '').length} > ${max})`).toBeLessThanOrEqual(max)

  it('keeps every text within its maxLength', () => {
    for (const a of actors) {
      fits(a.slug, 80, `${a.slug}.slug`)
      fits(a.name, 160, `${a.slug}.name`)
      fits(a.acronym, 20, `${a.slug}.acronym`)
      fits(a.summary, 800, `${a.slug}.summary`)
      fits(a.source, 300, `${a.slug}.source`)
      expect(a.missions.length, a.slug).toBeLessThanOrEqual(40)
      for (const mission of a.missions) fits(mission, 600, `${a.slug}.missions`)
    }
    for (const i of initiatives) {
      fits(i.slug, 80, `${i.slug}.slug`)
      fits(i.title, 200, `${i.slug}.title`)
      fits(i.summary, 600, `${i.slug}.summary`)
      fits(i.description, 10000, `${i.slug}.description`)
      fits(i.source, 300, `${i.slug}.source`)
    }
    for (const c of contractCriteria) {
      fits(c.key, 60, `${c.key}.key`)
      fits(c.title, 160, `${c.key}.title`)
      fits(c.question, 400, `${c.key}.question`)
      fits(c.why, 1200, `${c.key}.why`)
      fits(c.advice, 1200, `${c.key}.advice`)
    }
  })
})

describe('contract checklist (measure 11 of strategy 004)', () => {
  it('has exactly the 11 key points, in order', () => {
    expect(contractCriteria.map((c) => c.key)).toEqual([
      'localisation-donnees',
      'propriete-donnees',
      'sauvegardes',
      'securite-incidents',
      'sous-traitants',
      'protection-donnees',
      'reversibilite',
      'niveau-service',
      'evolution-prix',
      'duree-resiliation',
      'integration-normes',
    ])
    expect(sourceText).toContain("Eléments clés d'un contrat liant les administrations communales aux prestataires externes")
  })

  it('gives every point a title, a question ending with « ? », a why and an advice', () => {
    const titles = contractCriteria.map((c) => c.title)
    expect(new Set(titles).size).toBe(titles.length)
    for (const c of contractCriteria) {
      for (const field of ['title', 'question', 'why', 'advice'] as const) {
        expect(c[field].trim(), `${c.key}.${field}`).not.toBe('')
      }
      expect(c.question.trim(), c.key).toMatch(/\?$/)
      // Full sentences: `why` and `advice` end with a full stop.
      expect(c.why.trim(), c.key).toMatch(/\.$/)
      expect(c.advice.trim(), c.key).toMatch(/\.$/)
    }
  })
})
