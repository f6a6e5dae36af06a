/**
 * Templates as Word documents (src/templates/docx.ts, prefill.ts): the Lexical → .docx conversion, read back with
 * readers that share no code with the writer (`docx` zips with fflate; mammoth and JSZip read), the placeholders
 * Relais fills in, the document's properties, and the download's file name. The route is checked over HTTP in
 * tests/int/knowledge-base.int.spec.ts.
 */
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'

import { attachment } from '@/http/attachment'
import { plainText, richTextFromBlocks } from '@/richtext/fromBlocks'
import { templateDocx } from '@/templates/docx'
import { fillText, prefillRichText } from '@/templates/prefill'
import { referentLine } from '@/templates/view'
import { templates } from '@seed/content/templates'
import { templateUpdate } from '@seed/knowledgeBase'

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const cell = (value: string, headerState = 0) => ({
  ...base,
  type: 'tablecell',
  headerState,
  children: [{ ...base, type: 'paragraph', children: [text(value)] }],
})

/** A rich text with every kind of node the editor stores. */
const body = {
  root: {
    ...base,
    type: 'root',
    children: [
      { ...base, type: 'heading', tag: 'h2', children: [text('Situation')] },
      { ...base, type: 'heading', tag: 'h3', children: [text('Commission numérique')] },
      {
        ...base,
        type: 'paragraph',
        children: [
          text('Texte '),
          text('gras', 1),
          text(' et '),
          text('italique', 2),
          { type: 'linebreak', version: 1 },
          { ...base, type: 'link', fields: { url: 'https://www.vs.ch/aev', linkType: 'custom' }, children: [text('AEV')] },
          {
            ...base,
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'guides', value: 3 } },
            children: [text(' guide interne')],
          },
        ],
      },
      {
        ...base,
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        children: [
          {
            ...base,
            type: 'listitem',
            value: 1,
            children: [
              text('Puce un'),
              {
                ...base,
                type: 'list',
                listType: 'bullet',
                tag: 'ul',
                children: [{ ...base, type: 'listitem', value: 1, children: [text('Sous-puce')] }],
              },
            ],
          },
        ],
      },
      {
        ...base,
        type: 'list',
        listType: 'number',
        tag: 'ol',
        children: [{ ...base, type: 'listitem', value: 1, children: [text('Premier point')] }],
      },
      {
        ...base,
        type: 'table',
        children: [
          { ...base, type: 'tablerow', children: [cell('Rôle', 1), cell('Nom', 1)] },
          { ...base, type: 'tablerow', children: [cell('Référent·e'), cell('« [prénom, nom, fonction] »')] },
        ],
      },
    ],
  },
}

const documentOf = (overrides: Partial<Parameters<typeof templateDocx>[0]> = {}) =>
  templateDocx({
    title: 'Note interne : pilotage numérique communal',
    description: 'Une note courte.',
    body,
    source: 'Document 003',
    organisation: 'Antenne Région Valais romand',
    commune: null,
    date: '30.11.2026',
    ...overrides,
  })

describe('templateDocx', () => {
  it('turns headings, lists, tables, bold, italic and links into Word’s own structures', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await documentOf() })
    // The title has Word's Title style, which mammoth reads as a plain paragraph.
    expect(html).toMatch(/^<p>Note interne : pilotage numérique communal<\/p>/)
    expect(html).toContain('<h1>Situation</h1>')
    expect(html).toContain('<h2>Commission numérique</h2>')
    expect(html).toContain('<strong>gras</strong>')
    expect(html).toContain('<em>italique</em>')
    expect(html).toContain('<a href="https://www.vs.ch/aev">AEV</a>')
    // A link to a record has no address outside Relais: its words stay, as text.
    expect(html).toContain('</a> guide interne</p>')
    expect(html).not.toContain('internal')
    expect(html).toMatch(/<ul><li>Puce un<ul><li>Sous-puce<\/li><\/ul><\/li><\/ul>/)
    expect(html).toContain('<ol><li>Premier point</li></ol>')
    expect(html).toContain('<table><thead><tr><th><p>Rôle</p></th><th><p>Nom</p></th></tr></thead><tbody><tr><td><p>Référent·e</p></td>')
    expect(html).toContain('<p>Source : Document 003</p>')
  })

  it('is an A4 document in French of Switzerland, written by « Relais — <organisation> »', async () => {
    const zip = await JSZip.loadAsync(await documentOf({ commune: 'Sion' }))
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain('<dc:title>Note interne : pilotage numérique communal</dc:title>')
    expect(core).toContain('<dc:creator>Relais — Antenne Région Valais romand</dc:creator>')
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(/<w:lang w:val="fr-CH"/)
    expect(styles).toMatch(/w:styleId="Heading1"/)
    const document = await zip.file('word/document.xml')!.async('string')
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).toMatch(/<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/)
    const header = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /word\/header\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    )
    expect(header.join('')).toContain('Commune de Sion · 30.11.2026')
  })

  it('is in German of Switzerland for a German reader: its header, footer, source line and language', async () => {
    const zip = await JSZip.loadAsync(await documentOf({ commune: 'Sion', locale: 'de' }))
    const files = await Promise.all(Object.keys(zip.files).map((name) => zip.file(name)!.async('string')))
    const all = files.join('')
    expect(all).toContain('Gemeinde Sion · 30.11.2026')
    expect(all).toContain('Vorlage von Relais — Antenne Région Valais romand')
    expect(all).toContain('Quelle: Document 003')
    expect(all).not.toContain('Commune de Sion')
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:lang w:val="de-CH"/)
  })

  it('restarts each numbered list at 1', async () => {
    const twoLists = richTextFromBlocks([{ ol: ['Un', 'Deux'] }, { p: 'Entre-deux' }, { ol: ['Encore un'] }])
    const zip = await JSZip.loadAsync(await documentOf({ body: twoLists }))
    const document = await zip.file('word/document.xml')!.async('string')
    const numIds = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1])
    expect(numIds).toHaveLength(3)
    expect(numIds[0]).toBe(numIds[1])
    expect(numIds[2]).not.toBe(numIds[0])
  })
})

describe('placeholders', () => {
  const prefill = { commune: 'Sion', referent: 'Marie Dupont, secrétaire communal·e' }

  it('fills the commune’s name and the référent, guillemets included, and leaves the others', () => {
    expect(fillText('Le conseil municipal de « [nom de la commune] » veut', prefill)).toBe('Le conseil municipal de Sion veut')
    expect(fillText('Commune de «\u00a0[Nom de la commune]\u00a0»', prefill)).toBe('Commune de Sion')
    expect(fillText('désigne : « [prénom, nom, fonction] ».', prefill)).toBe('désigne : Marie Dupont, secrétaire communal·e.')
    expect(fillText('le « [date] », « [nom] », « [nom de la commune / des communes partenaires] »', prefill)).toBe(
      'le « [date] », « [nom] », « [nom de la commune / des communes partenaires] »',
    )
  })

  it('fills the placeholders of a template written in German too', () => {
    expect(fillText('Der Gemeinderat von « [Name der Gemeinde] » beschliesst', prefill)).toBe('Der Gemeinderat von Sion beschliesst')
    expect(fillText('Verantwortlich: [Vorname, Name, Funktion].', prefill)).toBe('Verantwortlich: Marie Dupont, secrétaire communal·e.')
  })

  it('leaves every placeholder for someone without a commune, and the référent’s when the register names none', () => {
    expect(fillText('« [nom de la commune] »', null)).toBe('« [nom de la commune] »')
    expect(fillText('« [nom de la commune] » : « [prénom, nom, fonction] »', { commune: 'Sion', referent: null })).toBe(
      'Sion : « [prénom, nom, fonction] »',
    )
  })

  it('fills a whole rich text without touching the stored one', () => {
    const stored = richTextFromBlocks([{ p: 'Commune de « [nom de la commune] »' }, { ul: ['**Référent** : « [prénom, nom, fonction] »'] }])
    const filled = prefillRichText(stored, prefill)
    expect(plainText(filled)).toBe('Commune de Sion\nRéférent : Marie Dupont, secrétaire communal·e')
    expect(plainText(stored)).toContain('[nom de la commune]')
  })

  it('writes the référent as the steering note asks: name, function', () => {
    expect(referentLine({ referentName: 'Marie Dupont', referentFunction: 'secretaire' })).toBe('Marie Dupont, secrétaire communal·e')
    expect(referentLine({ referentName: 'Jean Roh', referentFunction: 'autre' })).toBe('Jean Roh')
  })

  it('every seeded template that names the commune uses the placeholder Relais fills in', () => {
    const named = templates.filter((template) => plainText(richTextFromBlocks(template.body)).includes('[nom de la commune]'))
    expect(named.map((template) => template.slug)).toEqual(
      expect.arrayContaining(['strategie-numerique-communale', 'note-pilotage-numerique', 'cahier-des-charges-referent-numerique']),
    )
  })
})

describe('the explanation stays on the page', () => {
  it('no seeded template’s body opens with « Mode d’emploi » or « Pourquoi ce modèle »: that is its instructions', () => {
    for (const template of templates) {
      const bodyText = plainText(richTextFromBlocks(template.body))
      expect(bodyText, template.slug).not.toMatch(/Mode d’emploi|Pourquoi ce modèle|^Note : le montant/m)
    }
    expect(templates.filter((template) => template.instructions.length).length).toBeGreaterThanOrEqual(5)
  })

  it('a template stored with its explanation in the body gets it moved to its instructions, edits elsewhere kept', () => {
    const seeded = templates.find((template) => template.slug === 'strategie-numerique-communale')!
    const old = richTextFromBlocks([
      seeded.instructions[0],
      ...seeded.body.slice(0, 3),
      seeded.instructions[1],
      { p: 'Ajout de la commune.' },
    ])
    const update = templateUpdate({ instructions: null, body: old }, seeded.instructions)!
    expect(plainText(update.instructions)).toContain('Mode d’emploi')
    expect(plainText(update.body)).not.toContain('Mode d’emploi')
    expect(plainText(update.body)).not.toContain('Note : le montant')
    expect(plainText(update.body)).toContain('Ajout de la commune.')
    expect(templateUpdate({ instructions: update.instructions, body: update.body }, seeded.instructions)).toBeNull()
    // An explanation someone rewrote is theirs: nothing moves.
    const edited = richTextFromBlocks([{ p: 'Mode d’emploi : autre texte.' }, ...seeded.body.slice(0, 3)])
    expect(templateUpdate({ instructions: null, body: edited }, seeded.instructions)).toBeNull()
  })
})

describe('attachment', () => {
  it('names the file in French with an ASCII fallback and an RFC 5987 filename*', () => {
    expect(attachment('Stratégie numérique – Sion', 'docx')).toBe(
      `attachment; filename="Strategie numerique - Sion.docx"; filename*=UTF-8''Strat%C3%A9gie%20num%C3%A9rique%20%E2%80%93%20Sion.docx`,
    )
  })

  it('drops what could make a path or break the header', () => {
    const header = attachment('../../etc/passwd"\r\nSet-Cookie: x=1', 'docx')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).not.toContain('/')
    expect(header.match(/"/g)).toHaveLength(2)
  })
})
