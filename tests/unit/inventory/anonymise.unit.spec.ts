import { describe, expect, it } from 'vitest'

import { type InventoryLine, whoUsesWhatFrom } from '@/inventory/anonymise'
import { productKey } from '@/inventory/products'
import { findByName } from '@/providers/names'

const communeNames: Record<number, string> = { 1: 'Sion', 2: 'Martigny', 3: 'Monthey', 4: 'Sierre', 5: 'Bagnes' }
const directory = {
  processes: [
    { id: 10, key: 'salaires', name: 'Salaires' },
    { id: 11, key: 'messagerie', name: 'Messagerie' },
  ],
  providerName: (id: number) => (id === 100 ? 'Prestataire A' : null),
  contactOf: (commune: number) => ({
    commune: communeNames[commune]!,
    referentName: `Référent ${commune}`,
    referentEmail: `r${commune}@x.test`,
  }),
}
const line = (commune: number, product: string, extra: Partial<InventoryLine> = {}): InventoryLine => ({
  commune,
  process: 10,
  product,
  provider: 100,
  rating: null,
  comment: null,
  willingToBeContacted: false,
  ...extra,
})
const productOf = (lines: InventoryLine[], key = 'paie') => whoUsesWhatFrom(lines, directory)[0]!.products.find((p) => p.key === key)!

/** Everything a usage says, as text: what another commune would read. */
const said = (lines: InventoryLine[]) => JSON.stringify(whoUsesWhatFrom(lines, directory))

describe('Qui utilise quoi: the anonymity rules', () => {
  it('says « moins de 3 » for one or two communes, never the number', () => {
    for (const count of [1, 2]) {
      const usage = productOf(Array.from({ length: count }, (_, i) => line(i + 1, 'Paie')))
      expect(usage.communes).toEqual({ exact: null, label: 'moins de 3 communes' })
      expect(usage.unnamed).toBeNull()
    }
    expect(productOf([1, 2, 3].map((c) => line(c, 'Paie'))).communes).toEqual({ exact: 3, label: '3 communes' })
  })

  it('counts a commune once per product, whatever its number of lines and spellings', () => {
    const usage = productOf([line(1, 'Paie'), line(1, 'PAIE '), line(2, 'paie')])
    expect(usage.communes.exact).toBeNull()
    expect(productOf([line(1, 'Paie'), line(1, 'paie'), line(2, 'Paie'), line(3, 'Païe')]).communes.exact).toBe(3)
  })

  it('names only the communes that agreed, with their référent, and never the others', () => {
    const lines = [line(1, 'Paie', { willingToBeContacted: true }), line(2, 'Paie'), line(3, 'Paie'), line(4, 'Paie')]
    const usage = productOf(lines)
    expect(usage.named).toEqual([{ commune: 'Sion', referentName: 'Référent 1', referentEmail: 'r1@x.test' }])
    expect(usage.unnamed).toBe(3)
    for (const hidden of ['Martigny', 'Monthey', 'Sierre', 'r2@', 'r3@', 'r4@', 'Référent 2']) expect(said(lines)).not.toContain(hidden)
  })

  it('under 3 communes, says nothing of the unwilling one: no count, no rating, no comment', () => {
    const lines = [
      line(1, 'Paie', { willingToBeContacted: true, rating: 5, comment: 'Très bien' }),
      line(2, 'Paie', { rating: 1, comment: 'Secret de Martigny' }),
    ]
    const usage = productOf(lines)
    expect(usage.named.map((n) => n.commune)).toEqual(['Sion'])
    expect(usage.unnamed).toBeNull()
    expect(usage.average).toBeNull()
    expect(usage.comments).toEqual([{ text: 'Très bien', commune: 'Sion' }])
    expect(said(lines)).not.toContain('Secret de Martigny')
    expect(said(lines)).not.toContain('Martigny')
  })

  it('gives the average only from 3 rating communes, and no single rating', () => {
    expect(productOf([line(1, 'Paie', { rating: 5 }), line(2, 'Paie', { rating: 1 }), line(3, 'Paie')]).average).toBeNull()
    expect(productOf([line(1, 'Paie', { rating: 5 }), line(2, 'Paie', { rating: 4 }), line(3, 'Paie', { rating: 2 })]).average).toBe(3.7)
    // A commune with two lines counts once, with the mean of its ratings.
    expect(
      productOf([
        line(1, 'Paie', { rating: 5 }),
        line(1, 'Paie', { rating: 3 }),
        line(2, 'Paie', { rating: 4 }),
        line(3, 'Paie', { rating: 4 }),
      ]).average,
    ).toBe(4)
  })

  it('from 3 communes, shows the unwilling communes’ comments without a name, sorted by their text', () => {
    const usage = productOf([
      line(3, 'Paie', { comment: 'Zèbre' }),
      line(1, 'Paie', { comment: 'Alpha', willingToBeContacted: true }),
      line(2, 'Paie', { comment: 'Bravo' }),
    ])
    expect(usage.comments).toEqual([
      { text: 'Alpha', commune: 'Sion' },
      { text: 'Bravo', commune: null },
      { text: 'Zèbre', commune: null },
    ])
  })

  it('lists products per process in the catalogue’s order, the most used first, and those under 3 by name only', () => {
    const lines = [
      ...[1, 2, 3, 4].map((c) => line(c, 'Zeta')),
      ...[1, 2, 3].map((c) => line(c, 'Beta')),
      line(1, 'Alpha'),
      line(2, 'Alpha'),
      line(3, 'Gamma'),
      line(1, 'Courriel', { process: 11 }),
    ]
    const [salaires, messagerie] = whoUsesWhatFrom(lines, directory)
    expect(salaires!.products.map((p) => p.name)).toEqual(['Zeta', 'Beta', 'Alpha', 'Gamma'])
    expect(messagerie!.products.map((p) => p.name)).toEqual(['Courriel'])
  })

  it('names the product as most communes spell it, under a key without accents or case', () => {
    expect(productKey('  Abacus Salaires (v2)  ')).toBe('abacus-salaires-v2')
    expect(productKey('Contrôle des Habitants')).toBe('controle-des-habitants')
    expect(productOf([line(1, 'PAIE'), line(2, 'Paie'), line(3, 'Paie')]).name).toBe('Paie')
  })
})

describe('a provider typed by name', () => {
  const providers = [
    { id: 1, name: 'Informatique Exemple SA', aliases: [{ name: 'IESA' }] },
    { id: 2, name: 'Hébergement Exemple Sàrl', aliases: [] },
  ]
  it('is the existing record whatever the case, accents, spaces or other name', () => {
    expect(findByName(providers, 'informatique  exemple sa')?.id).toBe(1)
    expect(findByName(providers, 'iesa')?.id).toBe(1)
    expect(findByName(providers, 'HEBERGEMENT EXEMPLE SARL')?.id).toBe(2)
    expect(findByName(providers, 'Nouveau prestataire')).toBeUndefined()
  })
})
