/**
 * The posters of measure 4 (src/guides/poster.ts): which part of a guide becomes its poster, and the seeded guides
 * that must have one (passwords, phishing, cyber-incident) with lines short enough for a wall. No Payload boot; the
 * PDF itself is checked through the server in tests/int/knowledge-base.int.spec.ts.
 */
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'

import { lineText, POSTER_HEADING, posterFormat, posterHref, posterLines, posterOf } from '@/guides/poster'
import { posterPdf } from '@/guides/posterPdf'
import { richTextFromBlocks } from '@/richtext/fromBlocks'
import { guides } from '@seed/content/guides'

describe('posterLines', () => {
  it('takes the list items of the « À retenir » section, bold runs kept, up to the next level-2 heading', () => {
    const body = richTextFromBlocks([
      { p: 'Introduction.' },
      { ul: ['Une liste avant la section'] },
      { h2: 'À retenir' },
      { ol: ['**Débranchez** le réseau.', 'Appelez le référent\u202fnumérique.'] },
      { h3: 'Et aussi' },
      { ul: ['Ne payez pas.'] },
      { h2: 'La suite' },
      { ul: ['Hors de l’affiche'] },
    ])
    const lines = posterLines(body)
    expect(lines.map(lineText)).toEqual(['Débranchez le réseau.', 'Appelez le référent\u00a0numérique.', 'Ne payez pas.'])
    expect(lines[0]).toEqual([
      { text: 'Débranchez', bold: true },
      { text: ' le réseau.', bold: false },
    ])
  })

  it('finds the heading whatever its case or a final colon, and only as a level-2 heading', () => {
    expect(posterLines(richTextFromBlocks([{ h2: 'à RETENIR :' }, { ul: ['Un'] }])).map(lineText)).toEqual(['Un'])
    expect(posterLines(richTextFromBlocks([{ h3: POSTER_HEADING }, { ul: ['Un'] }]))).toEqual([])
    expect(posterOf({ title: 'Sans section', body: richTextFromBlocks([{ h2: 'Autre' }, { ul: ['Un'] }]) })).toBeNull()
    expect(posterOf({ title: 'Vide', body: null })).toBeNull()
  })
})

describe('a poster in German', () => {
  it('comes from a German guide’s « Das Wichtigste » section as well', () => {
    const body = richTextFromBlocks([{ h2: 'Das Wichtigste:' }, { ul: ['Netzwerk **trennen**.'] }])
    expect(posterLines(body).map(lineText)).toEqual(['Netzwerk trennen.'])
  })

  it('is printed with its band, footer and metadata in the reader’s language', async () => {
    const poster = posterOf({ title: 'Phishing', body: richTextFromBlocks([{ h2: 'À retenir' }, { ul: ['Ne cliquez pas.'] }]) })!
    const footer = { url: 'https://relais.example.ch/guides/phishing', reviewed: '15. September 2026', sources: ['NCSC'] }
    const read = async (locale: 'fr' | 'de') => {
      const pdf = await getDocumentProxy(new Uint8Array(await posterPdf(poster, 'A4', footer, locale)))
      const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } }
      const { text } = await extractText(pdf, { mergePages: true })
      // The band is spaced out letter by letter: compared without spaces.
      return { text: text.replace(/\s+/g, ' '), band: text.replace(/\s+/g, ''), title: info.Title }
    }
    const de = await read('de')
    expect(de.band).toContain('DASWICHTIGSTE')
    expect(de.text).toContain(
      'Vollständiger Leitfaden in Relais: https://relais.example.ch/guides/phishing · Stand vom 15. September 2026.',
    )
    expect(de.text).toContain('Quellen: NCSC.')
    expect(de.band).not.toContain('RETENIR')
    expect(de.title).toBe('Phishing – das Wichtigste')
    const fr = await read('fr')
    expect(fr.band).toContain('ÀRETENIR')
    expect(fr.text).toContain('Guide complet dans Relais')
  })
})

describe('posterFormat', () => {
  it('accepts A4 and A3 in any case, defaults to A4, refuses anything else', () => {
    expect(posterFormat(null)).toBe('A4')
    expect(posterFormat('a3')).toBe('A3')
    expect(posterFormat('A4')).toBe('A4')
    for (const bad of ['', 'A5', 'letter', 'A4;drop', '../A4']) expect(posterFormat(bad), bad).toBeNull()
    expect(posterHref('phishing', 'A3')).toBe('/guides/phishing/affiche.pdf?format=A3')
  })
})

describe('seeded guides with a poster', () => {
  it.each(['mots-de-passe', 'phishing', 'incident-cyber'])('%s has 5 to 8 short lines to print, and is linked to measure 4', (slug) => {
    const guide = guides.find((g) => g.slug === slug)!
    const poster = posterOf({ title: guide.title, body: richTextFromBlocks(guide.body) })
    expect(poster, slug).not.toBeNull()
    expect(poster!.lines.length).toBeGreaterThanOrEqual(5)
    expect(poster!.lines.length).toBeLessThanOrEqual(8)
    for (const line of poster!.lines) expect(lineText(line).length, lineText(line)).toBeLessThanOrEqual(130)
    expect(guide.measureNumbers).toContain(4)
  })
})
