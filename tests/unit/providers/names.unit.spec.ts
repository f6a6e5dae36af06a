import { describe, expect, it } from 'vitest'

import { findByName, groupNames, likelyDuplicates, providerKey } from '@/providers/names'

describe('one provider, many spellings', () => {
  it('ignores case, accents, spaces, punctuation and the legal form at the end', () => {
    const same = ['Abacus Research AG', 'abacus research', '  ABACUS   Research, AG ', 'Abacus-Research', 'Abacus Research SA']
    expect(new Set(same.map(providerKey))).toEqual(new Set(['abacus research']))
    expect(providerKey('Informatique Exemple Sàrl')).toBe(providerKey('informatique exemple S.à r.l.'))
    expect(providerKey('Informatique Exemple Sàrl')).toBe(providerKey('Informatique  Exemple'))
    expect(providerKey('Müller GmbH')).toBe(providerKey('Muller'))
    expect(providerKey('Dupont & Fils SA')).toBe(providerKey('Dupont et fils'))
  })

  it('keeps what tells providers apart, and a name that is only a legal form', () => {
    expect(providerKey('Abacus Research AG')).not.toBe(providerKey('Abacus AG'))
    expect(providerKey('SA')).toBe('sa')
    expect(providerKey('AG Informatique')).toBe('ag informatique')
    expect(providerKey('---')).toBe('')
  })

  it('finds a record by its name or one of its aliases', () => {
    const providers = [
      { id: 1, name: 'Abacus Research AG', aliases: [] },
      { id: 2, name: 'Informatique du Rhône SA', aliases: [{ name: 'IDR' }] },
    ]
    expect(findByName(providers, 'abacus research')?.id).toBe(1)
    expect(findByName(providers, 'I.D.R.')?.id).toBe(2)
    expect(findByName(providers, 'Autre SA')).toBeUndefined()
    expect(findByName(providers, '  ')).toBeUndefined()
  })

  it('groups free-text spellings: the most used spelling names the record, the others become aliases', () => {
    const groups = groupNames([
      'Abacus Research AG',
      'abacus research',
      'Abacus Research AG',
      'Abacus  Research AG',
      'Hébergement Exemple Sàrl',
      'hebergement exemple',
      'Autre',
      '',
    ])
    expect(groups).toEqual([
      { name: 'Abacus Research AG', aliases: ['abacus research'], spellings: ['Abacus Research AG', 'abacus research'] },
      { name: 'Autre', aliases: [], spellings: ['Autre'] },
      {
        name: 'Hébergement Exemple Sàrl',
        aliases: ['hebergement exemple'],
        spellings: ['Hébergement Exemple Sàrl', 'hebergement exemple'],
      },
    ])
  })

  it('suggests likely duplicates without merging anything: the same letters, or one name starting the other', () => {
    const providers = [
      { name: 'Abacus' },
      { name: 'Abacus Research AG' },
      { name: 'AbacusResearch' },
      { name: 'Informatique du Rhône' },
      { name: 'Informatique Exemple' },
    ]
    expect(likelyDuplicates(providers).map((g) => g.map((p) => p.name))).toEqual([['Abacus', 'Abacus Research AG', 'AbacusResearch']])
  })
})
