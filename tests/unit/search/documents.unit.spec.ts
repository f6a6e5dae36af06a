/** Index entries, the grants a user searches with, and highlighted excerpts. */
import { describe, expect, it } from 'vitest'

import { searchDocument } from '@/search/document'
import { grantsOf } from '@/search/grants'
import { markClose, markOpen, splitHighlights } from '@/search/highlights'

const entry = {
  collection: 'guides',
  docId: '7',
  type: 'guide' as const,
  title: 'Sauvegardes',
  text: '  Trois   copies,\n deux supports. ',
  url: '/guides/sauvegardes',
  visibility: 'members',
}

describe('searchDocument', () => {
  it('keys the entry by collection and id, collapses whitespace, and hashes what is indexed', () => {
    const doc = searchDocument(entry)
    expect(doc).toMatchObject({ key: 'guides:7', text: 'Trois copies, deux supports.' })
    expect(doc.hash).toMatch(/^[0-9a-f]{40}$/)
    expect(searchDocument({ ...entry, text: 'Trois copies, deux supports.' }).hash).toBe(doc.hash)
    expect(searchDocument({ ...entry, visibility: 'coordinators' }).hash).not.toBe(doc.hash)
  })

  it('caps the text at 20,000 characters', () => {
    expect(searchDocument({ ...entry, text: 'a'.repeat(30_000) }).text).toHaveLength(20_000)
  })
})

describe('grantsOf', () => {
  it('gives members their commune and committees, staff everything, visitors nothing', () => {
    expect(grantsOf(null)).toEqual([])
    expect(grantsOf({ id: 1, roles: ['member'], commune: 5 })).toEqual(['members', 'commune:5'])
    expect(grantsOf({ id: 1, roles: ['member'], commune: { id: 5 } })).toEqual(['members', 'commune:5'])
    expect(grantsOf({ id: 1, roles: ['cotec', 'copil', 'member'] })).toEqual(['members', 'committee:cotec', 'committee:copil'])
    expect(grantsOf({ id: 1, roles: ['coordinator'] })).toBe('all')
    expect(grantsOf({ id: 1, roles: ['admin'], commune: 5 })).toBe('all')
  })
})

describe('splitHighlights', () => {
  it('turns the engine’s markers into pieces, the marked ones flagged as matches', () => {
    expect(splitHighlights(`Une ${markOpen}sauvegarde${markClose} hors ligne, ${markOpen}sauvegarde${markClose}`)).toEqual([
      { text: 'Une ', match: false },
      { text: 'sauvegarde', match: true },
      { text: ' hors ligne, ', match: false },
      { text: 'sauvegarde', match: true },
    ])
    expect(splitHighlights('sans marque')).toEqual([{ text: 'sans marque', match: false }])
    expect(splitHighlights('')).toEqual([])
  })
})
