/** Index entries, the grants a user searches with, and highlighted excerpts. */
import { describe, expect, it } from 'vitest'

import { maxTitleLength, searchDocument } from '@/search/document'
import { grantsOf } from '@/search/grants'
import { markClose, markOpen, sentenceExcerpt, sentencesOf, splitHighlights } from '@/search/highlights'
import { demoTitleMarker, isDemo, weightOf } from '@/search/vocabulary'
import { EXAMPLE_TITLE, example } from '@seed/content/demo'

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
  it('keys the entry by collection and id, collapses spaces (a line break stays: it ends a sentence), and hashes what is indexed', () => {
    const doc = searchDocument(entry)
    expect(doc).toMatchObject({ key: 'guides:7', text: 'Trois copies,\ndeux supports.' })
    expect(doc.hash).toMatch(/^[0-9a-f]{40}$/)
    expect(searchDocument({ ...entry, text: 'Trois copies,\n\n deux   supports.' }).hash).toBe(doc.hash)
    expect(searchDocument({ ...entry, text: `Trois${markOpen} copies${markClose}` }).text).toBe('Trois copies')
    expect(searchDocument({ ...entry, visibility: 'coordinators' }).hash).not.toBe(doc.hash)
  })

  it('weighs the entry by its type and flags demo content, whatever its prefix', () => {
    expect(searchDocument(entry)).toMatchObject({ weight: 1, demo: false })
    expect(searchDocument({ ...entry, type: 'seance' }).weight).toBeLessThan(searchDocument({ ...entry, type: 'mesure' }).weight)
    expect(weightOf('evenement')).toBeLessThan(weightOf('guide'))
    expect(searchDocument({ ...entry, title: example('Sauvegardes partagées') }).demo).toBe(true)
    expect(isDemo(`Action : ${example('Recenser les contrats')}`)).toBe(true)
    expect(isDemo('Exemples de contrats')).toBe(false)
    expect(demoTitleMarker).toBe(EXAMPLE_TITLE)
  })

  it('caps the title at a word before 300 characters (the rank index holds its words), and the text at 20,000', () => {
    const words = Array.from({ length: 80 }, (_, i) => `mot${i}`).join(' ')
    const title = searchDocument({ ...entry, title: words }).title
    expect(title.length).toBeLessThanOrEqual(maxTitleLength + 1)
    expect(title).toMatch(/^mot0 mot1 .* mot\d+…$/)
    expect(words.startsWith(title.slice(0, -1) + ' ')).toBe(true)
    expect(searchDocument({ ...entry, title: 'x'.repeat(400) }).title).toBe(`${'x'.repeat(maxTitleLength)}…`)
    expect(searchDocument({ ...entry, title: 'Sauvegardes' }).title).toBe('Sauvegardes')
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

describe('sentenceExcerpt', () => {
  const mark = (word: string) => `${markOpen}${word}${markClose}`
  const text = (excerpt: ReturnType<typeof sentenceExcerpt>) => excerpt.map((piece) => piece.text).join('')

  it('starts at the start of the sentence with the most matched words', () => {
    const body = `Ce guide explique la règle 3-2-1. Une ${mark('sauvegarde')} hors ligne protège contre un rançongiciel. Testez la ${mark('restauration')} de la ${mark('sauvegarde')} chaque trimestre, p. ex. en mars.`
    const excerpt = sentenceExcerpt(body)
    expect(text(excerpt)).toMatch(/^Testez la restauration de la sauvegarde chaque trimestre, p\. ex\. en mars\.$/)
    expect(excerpt.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['restauration', 'sauvegarde'])
  })

  it('treats a line break as the end of a sentence (checklist items, headings)', () => {
    expect(text(sentenceExcerpt(`À retenir\nActiver la ${mark('double')} authentification\nChanger les mots de passe`))).toBe(
      'Activer la double authentification Changer les mots de passe',
    )
  })

  it('opens on the text when nothing is highlighted, and ends with « … » when cut', () => {
    const long = Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' ')
    const excerpt = text(sentenceExcerpt(`Premier. ${long}.`, { words: 10 }))
    expect(excerpt).toBe('Premier. mot0 mot1 mot2 mot3 mot4 mot5 mot6 mot7 mot8 …')
  })

  it('stretches to show a match late in a long sentence, and starts inside only a very long one', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
    expect(text(sentenceExcerpt(`${words(40)} ${mark('cible')} fin.`))).toMatch(/^w0 .* cible fin\.$/)
    const far = text(sentenceExcerpt(`${words(100)} ${mark('cible')} ${words(30)}.`))
    expect(far).toMatch(/^… w92 .* cible /)
    expect(far).toMatch(/ …$/)
  })

  it('reads a long text only as far as the excerpt reaches, and still says when it is cut', () => {
    const sentence = (i: number) => `Phrase ${i} sans rien de particulier.`
    const sentences = (from: number, n: number) => Array.from({ length: n }, (_, i) => sentence(from + i)).join(' ')
    const body = `${sentences(0, 200)} Ici la ${mark('cible')} attendue. ${sentences(200, 300)}`
    const excerpt = text(sentenceExcerpt(body, { words: 8 }))
    expect(excerpt).toBe('Ici la cible attendue. Phrase 200 sans rien de particulier. …')
    // Ending exactly where the excerpt does: no « … ».
    expect(text(sentenceExcerpt(`${sentences(0, 50)} Ici la ${mark('cible')} attendue.`, { words: 8 }))).toBe('Ici la cible attendue.')
  })

  it('returns nothing for an empty text', () => {
    expect(sentenceExcerpt('')).toEqual([])
  })

  it('prefers the sentence showing the query’s words as typed over one with more stems or synonyms', () => {
    const body = `Faites-le ${mark('restaurer')} sans écraser les ${mark('données')}. Le test de ${mark('restauration')} se fait chaque année.`
    expect(text(sentenceExcerpt(body, { typed: ['Restauration'] }))).toMatch(/^Le test de restauration/)
    // Without the typed words, the first such sentence, as before.
    expect(text(sentenceExcerpt(body))).toMatch(/^Faites-le restaurer/)
  })
})

describe('sentencesOf', () => {
  const body = `À retenir\n  Gardez trois copies, p. ex. sur 2 supports. Testez-les ! « Une » sauvegarde… Non testée ? 3.5 % suffit.\n\nFin`

  it('cuts a text where sentenceExcerpt does: line breaks, and . ! ? … before what opens a sentence', () => {
    expect(sentencesOf(body)).toEqual([
      'À retenir',
      'Gardez trois copies, p. ex. sur 2 supports.',
      'Testez-les !',
      '« Une » sauvegarde…',
      'Non testée ?',
      '3.5 % suffit.',
      'Fin',
    ])
  })

  it('gives back, one per line, the text sentenceExcerpt reads as the whole (the engine stores them so)', () => {
    const marked = body.replace('copies', `${markOpen}copies${markClose}`).replace('Testez', `${markOpen}Testez${markClose}`)
    expect(sentenceExcerpt(sentencesOf(marked).join('\n'), { words: 12 })).toEqual(sentenceExcerpt(marked, { words: 12 }))
  })
})
