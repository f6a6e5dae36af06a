import { RichText as StockRichText } from '@payloadcms/richtext-lexical/react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/RichText'
import { calloutBlock, editorFeatures } from '@/richtext/editor'
import { type RichTextValue, plainText, richTextFromBlocks } from '@/richtext/fromBlocks'
import { faqs } from '@seed/content/faqs'
import { guides } from '@seed/content/guides'
import { templates } from '@seed/content/templates'

type Provider = { key: string; serverFeatureProps?: Record<string, unknown> }
const providers = () => editorFeatures() as unknown as Provider[]
const keys = () => providers().map((provider) => provider.key)

/** What the intranet shows, hence what the editor offers. */
const kept = ['paragraph', 'bold', 'italic', 'heading', 'unorderedList', 'orderedList', 'link', 'experimental_table', 'blocks']
/** Lexical's features the intranet does not show: none of them may come back in the toolbar. */
const removed = [
  'upload',
  'relationship',
  'subscript',
  'superscript',
  'inlineCode',
  'underline',
  'strikethrough',
  'indent',
  'align',
  'blockquote',
  'horizontalRule',
  'checklist',
]

/** Every seeded rich text: the guides' bodies, the FAQ's answers and the templates' bodies. */
const seeded = (): [string, RichTextValue][] => [
  ...guides.map((guide): [string, RichTextValue] => [`guide ${guide.slug}`, richTextFromBlocks(guide.body)]),
  ...faqs.map((faq): [string, RichTextValue] => [`faq ${faq.question}`, richTextFromBlocks(faq.answer)]),
  ...templates.map((template): [string, RichTextValue] => [`template ${template.slug}`, richTextFromBlocks(template.body)]),
]

type Node = { type: string; tag?: string; listType?: string; format?: number | string; children?: Node[] }
const nodesOf = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(nodesOf)]

describe('the rich-text editor offers what the intranet renders', () => {
  it('keeps headings, lists, links, tables and the callouts, and the toolbars', () => {
    expect(keys()).toEqual(expect.arrayContaining([...kept, 'toolbarFixed', 'toolbarInline']))
  })

  it('leaves out uploads, relationships, sub/superscript, inline code, indent, alignment and the others', () => {
    for (const key of removed) expect(keys(), key).not.toContain(key)
  })

  it('offers headings h2 to h4 only (h1 is the page title)', () => {
    const heading = providers().find((provider) => provider.key === 'heading')!
    expect(heading.serverFeatureProps?.enabledHeadingSizes).toEqual(['h2', 'h3', 'h4'])
  })

  it('links go to addresses only, never to a record the intranet has no page for', () => {
    const link = providers().find((provider) => provider.key === 'link')!
    expect(link.serverFeatureProps?.enabledCollections).toEqual([])
  })

  it('has one block, the callout « À faire » / « Attention »', () => {
    const blocks = providers().find((provider) => provider.key === 'blocks')!
    expect((blocks.serverFeatureProps?.blocks as { slug: string }[]).map((block) => block.slug)).toEqual(['callout'])
    const kind = calloutBlock.fields.find((field) => 'name' in field && field.name === 'kind') as {
      options: { label: Record<string, string> }[]
    }
    expect(kind.options.map((option) => option.label)).toEqual([
      { fr: 'À faire', de: 'Zu tun' },
      { fr: 'Attention', de: 'Achtung' },
    ])
  })
})

describe('seeded content', () => {
  it('uses only the kept features', () => {
    for (const [name, value] of seeded()) {
      for (const node of nodesOf(value.root as unknown as Node)) {
        expect(['root', 'paragraph', 'heading', 'list', 'listitem', 'text', 'linebreak', 'link'], name).toContain(node.type)
        if (node.type === 'heading') expect(['h2', 'h3', 'h4'], name).toContain(node.tag)
        if (node.type === 'list') expect(['bullet', 'number'], name).toContain(node.listType)
        // Text formats: bold (1) and italic (2) only.
        if (node.type === 'text') expect(Number(node.format) & ~3, name).toBe(0)
      }
    }
  })

  it('renders on the intranet exactly as before the editor was limited', () => {
    for (const [name, value] of seeded()) {
      const before = renderToStaticMarkup(createElement(StockRichText, { data: value }))
      expect(renderToStaticMarkup(createElement(RichText, { data: value })), name).toBe(before)
    }
  })
})

describe('a callout', () => {
  const callout = (kind: 'todo' | 'warning') => {
    const content = richTextFromBlocks([{ p: 'Vérifier la **restauration**.' }, { ul: ['Un', 'Deux'] }])
    const body = richTextFromBlocks([{ h2: 'Avant' }])
    const node = { type: 'block', version: 2, format: '', fields: { id: 'c1', blockName: '', blockType: 'callout', kind, content } }
    return { root: { ...body.root, children: [...body.root.children, node] } } as RichTextValue
  }

  it('shows as an aside titled with its kind, its text and list inside', () => {
    const html = renderToStaticMarkup(createElement(RichText, { data: callout('todo') }))
    expect(html).toContain(
      '<aside class="message message--notice callout callout--todo" data-callout="todo"><p><strong>À faire</strong></p>',
    )
    expect(html).toContain('<strong>restauration</strong>')
    expect(html).toMatch(/<ul[^>]*>.*Un.*Deux.*<\/ul><\/aside>/)
    expect(renderToStaticMarkup(createElement(RichText, { data: callout('warning') }))).toContain(
      'class="message message--warning callout callout--warning" data-callout="warning"><p><strong>Attention</strong>',
    )
  })

  it('is titled in the language of the content it sits in', () => {
    expect(renderToStaticMarkup(createElement(RichText, { data: callout('todo'), locale: 'de' }))).toContain('<strong>Zu tun</strong>')
    expect(renderToStaticMarkup(createElement(RichText, { data: callout('warning'), locale: 'de' }))).toContain('<strong>Achtung</strong>')
  })

  it('counts in the plain text (search, excerpts)', () => {
    expect(plainText(callout('todo'))).toBe('Avant\nVérifier la restauration.\nUn\nDeux')
  })
})
