import { describe, expect, it } from 'vitest'

import { type ContractFacts, inTwelveMonths, regionalProviders, regionalTable } from '@/providers/regional'

const criteria = [
  { id: 1, title: 'Données en Suisse' },
  { id: 2, title: 'Réversibilité' },
  { id: 3, title: 'Sécurité' },
]
const providers = [
  { id: 10, name: 'Grand Prestataire SA' },
  { id: 20, name: 'Petit Prestataire Sàrl' },
  { id: 30, name: 'Sans Contrat AG' },
]
const communeNames = new Map([
  [1, 'Sion'],
  [2, 'Martigny'],
  [3, 'Monthey'],
])
const contract = (id: number, provider: number, commune: number, extra: Partial<ContractFacts> = {}): ContractFacts => ({
  id,
  provider,
  commune,
  service: `Service ${id}`,
  noticeDeadline: null,
  answers: [],
  ...extra,
})
// Grand: three communes, four contracts. Petit: two communes (under the threshold).
const contracts = [
  contract(1, 10, 1, {
    answers: [
      { criterion: 2, answer: 'non' },
      { criterion: 1, answer: 'oui' },
    ],
    noticeDeadline: '2027-03-31',
  }),
  contract(2, 10, 2, {
    answers: [
      { criterion: 2, answer: 'inconnu' },
      { criterion: 3, answer: 'partiel' },
    ],
    noticeDeadline: '2026-12-15',
  }),
  contract(3, 10, 3, {
    answers: [
      { criterion: 2, answer: 'partiel' },
      { criterion: 3, answer: 'sans-objet' },
    ],
    noticeDeadline: '2027-12-01',
  }),
  contract(4, 10, 1, { answers: [{ criterion: 1, answer: 'non' }], noticeDeadline: '2026-11-01' }),
  contract(5, 20, 1, { answers: [{ criterion: 1, answer: 'non' }], noticeDeadline: '2027-01-10' }),
  contract(6, 20, 2),
]
const input = { providers, contracts, criteria, today: '2026-11-30' }

describe('the region’s view of providers', () => {
  it('counts communes and contracts, gaps most frequent first, and the deadlines of the next 12 months (coordination)', () => {
    const [grand, petit, ...rest] = regionalProviders({ ...input, audience: 'coordination', communeNames })
    expect(rest).toEqual([]) // a provider without contracts is not listed
    expect(grand).toMatchObject({ name: 'Grand Prestataire SA', communes: 3, contracts: 4, communeNames: ['Martigny', 'Monthey', 'Sion'] })
    expect(grand!.gaps).toEqual([
      { criterion: 2, title: 'Réversibilité', contracts: 3, communes: 3 },
      { criterion: 1, title: 'Données en Suisse', contracts: 1, communes: 1 },
      { criterion: 3, title: 'Sécurité', contracts: 1, communes: 1 },
    ])
    // 1 November 2026 has passed, 1 December 2027 is beyond twelve months.
    expect(grand!.deadlines).toEqual([
      { day: '2026-12-15', contract: 2, commune: 'Martigny', service: 'Service 2' },
      { day: '2027-03-31', contract: 1, commune: 'Sion', service: 'Service 1' },
    ])
    expect(petit).toMatchObject({ name: 'Petit Prestataire Sàrl', communes: 2, contracts: 2, masked: false })
  })

  it('names no commune for the COPIL, and shows « moins de 3 » under three communes, with nothing more', () => {
    const rows = regionalProviders({ ...input, audience: 'copil' })
    const [grand, petit] = rows
    expect(grand).toMatchObject({ communes: 3, contracts: 4, communeNames: null, deadlines: null, masked: false })
    expect(grand!.gaps).toEqual([
      { criterion: 2, title: 'Réversibilité', contracts: null, communes: 3 },
      { criterion: 1, title: 'Données en Suisse', contracts: null, communes: 'moins de 3' },
      { criterion: 3, title: 'Sécurité', contracts: null, communes: 'moins de 3' },
    ])
    expect(grand!.deadlineMonths).toEqual([
      { month: '2026-12', contracts: 1 },
      { month: '2027-03', contracts: 1 },
    ])
    expect(petit).toEqual({
      id: 20,
      name: 'Petit Prestataire Sàrl',
      communes: 'moins de 3',
      communeNames: null,
      contracts: null,
      gaps: null,
      deadlines: null,
      deadlineMonths: null,
      masked: true,
    })
    const text = JSON.stringify(rows) + JSON.stringify(regionalTable(rows, 'copil'))
    for (const name of ['Sion', 'Martigny', 'Monthey', 'Service 1']) expect(text).not.toContain(name)
  })

  it('exports the same as the page: named for the coordination, anonymised for the COPIL', () => {
    const coordination = regionalTable(regionalProviders({ ...input, audience: 'coordination', communeNames }), 'coordination')
    expect(coordination[0]).toEqual([
      'Prestataire',
      'Communes',
      'Communes (noms)',
      'Contrats',
      'Lacunes, les plus fréquentes d’abord',
      'Délais de résiliation dans les 12 mois',
    ])
    expect(coordination[1]).toEqual([
      'Grand Prestataire SA',
      3,
      'Martigny, Monthey, Sion',
      4,
      'Réversibilité (3 contrats, 3 communes) ; Données en Suisse (1 contrat, 1 commune) ; Sécurité (1 contrat, 1 commune)',
      '15.12.2026 Martigny — Service 2 ; 31.03.2027 Sion — Service 1',
    ])
    const copil = regionalTable(regionalProviders({ ...input, audience: 'copil' }), 'copil')
    expect(copil).toEqual([
      ['Prestataire', 'Communes', 'Contrats', 'Lacunes, les plus fréquentes d’abord', 'Délais de résiliation dans les 12 mois'],
      [
        'Grand Prestataire SA',
        3,
        4,
        'Réversibilité (3 communes) ; Données en Suisse (moins de 3 communes) ; Sécurité (moins de 3 communes)',
        '12.2026 : 1 contrat ; 03.2027 : 1 contrat',
      ],
      ['Petit Prestataire Sàrl', 'moins de 3', '', '', ''],
    ])
  })

  it('exports in the language of whoever downloads it: German headers and words for a German reader', () => {
    const coordination = regionalTable(regionalProviders({ ...input, audience: 'coordination', communeNames }), 'coordination', 'de')
    expect(coordination[0]).toEqual([
      'Anbieter',
      'Gemeinden',
      'Gemeinden (Namen)',
      'Verträge',
      'Lücken, die häufigsten zuerst',
      'Kündigungsfristen in den nächsten 12 Monaten',
    ])
    expect(coordination[1]![4]).toBe(
      'Réversibilité (3 Verträge, 3 Gemeinden) ; Données en Suisse (1 Vertrag, 1 Gemeinde) ; Sécurité (1 Vertrag, 1 Gemeinde)',
    )
    const copil = regionalTable(regionalProviders({ ...input, audience: 'copil' }), 'copil', 'de')
    expect(copil[1]).toEqual([
      'Grand Prestataire SA',
      3,
      4,
      'Réversibilité (3 Gemeinden) ; Données en Suisse (weniger als 3 Gemeinden) ; Sécurité (weniger als 3 Gemeinden)',
      '12.2026: 1 Vertrag ; 03.2027: 1 Vertrag',
    ])
    expect(copil[2]).toEqual(['Petit Prestataire Sàrl', 'weniger als 3', '', '', ''])
  })

  it('runs twelve months from today, a leap day included', () => {
    expect(inTwelveMonths('2026-11-30')).toBe('2027-11-30')
    expect(inTwelveMonths('2028-02-29')).toBe('2029-02-28')
  })
})
