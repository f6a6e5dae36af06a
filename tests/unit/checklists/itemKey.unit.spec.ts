import { describe, expect, it } from 'vitest'

import { fillChecklistKeys, keyFromLabel } from '@/checklists/itemKey'
import { guides } from '@seed/content/guides'

describe('a checklist item’s key', () => {
  it('is made from the label: lower case, no accents, dashes', () => {
    expect(keyFromLabel('Tester la restauration d’une sauvegarde')).toBe('tester-la-restauration-d-une-sauvegarde')
    expect(keyFromLabel('  Désigner un·e référent·e numérique ! ')).toBe('designer-un-e-referent-e-numerique')
    expect(keyFromLabel('Cœur du système')).toBe('coeur-du-systeme')
  })

  it('stays within 60 characters, cut between words', () => {
    const key = keyFromLabel('Vérifier chaque trimestre que la copie hors ligne des données communales peut être restaurée entièrement')
    expect(key.length).toBeLessThanOrEqual(60)
    expect(key).toBe('verifier-chaque-trimestre-que-la-copie-hors-ligne-des')
  })

  it('fills only the empty keys; keys already saved stay as they are when the label changes', () => {
    const items = fillChecklistKeys([
      { key: 'test-restauration', label: 'Tester la restauration (nouvelle formulation)' },
      { key: '', label: 'Acheter un gestionnaire de mots de passe' },
      { key: null, label: 'Former le personnel' },
    ])
    expect(items?.map((item) => item.key)).toEqual(['test-restauration', 'acheter-un-gestionnaire-de-mots-de-passe', 'former-le-personnel'])
  })

  it('is unique within the guide', () => {
    const items = fillChecklistKeys([{ key: 'former', label: 'x' }, { label: 'Former' }, { label: 'Former' }, { label: '!!!' }])
    expect(items?.map((item) => item.key)).toEqual(['former', 'former-2', 'former-3', 'action'])
  })

  it('leaves the seeded guides’ keys unchanged (the answers point to them)', () => {
    for (const guide of guides) expect(fillChecklistKeys(guide.checklist)).toEqual(guide.checklist)
  })

  it('passes anything but a list through (the field’s validation answers it)', () => {
    expect(fillChecklistKeys(null)).toBeNull()
    expect(fillChecklistKeys(undefined)).toBeUndefined()
  })
})
