import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'

import { defaultLocale, intlLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { hasFormat, type LexicalNode, rootOf, walk } from '@/richtext/nodes'

/** What goes into a template's Word document besides its rich text. */
export type TemplateDocument = {
  title: string
  description?: string | null
  /** The template's rich text, placeholders already filled in (`prefillRichText`). */
  body: unknown
  source?: string | null
  /** The organisation's name from the site settings: the author is « Relais — <organisation> ». */
  organisation: string
  /** The commune it was prepared for, shown in the page header; null leaves the header to the date. */
  commune: string | null
  /** Today's date, Swiss format (« 30.11.2026 »). */
  date: string
  /** The language of the texts Relais adds (header, footer, source) and of the document: the reader's; French by default. */
  locale?: UiLocale
}

/** A4 in twentieths of a point, 2.5 cm margins. */
const page = { size: { width: 11906, height: 16838 }, margin: { top: 1418, right: 1418, bottom: 1418, left: 1418 } }
const bullets = 'relais-bullets'
const numbers = 'relais-numbers'
/** Word's own heading levels: the document's title is the Title style, so Lexical's h2 is Word's Heading 1. */
const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const

/** Only web and mail addresses become links in the document; anything else (a record, a relative path) stays text. */
const linkable = (url: unknown): url is string => typeof url === 'string' && /^(https?:\/\/|mailto:)/i.test(url)

/** The inline content of a block node (text with its formats, line breaks, links) as docx runs. */
function runsOf(node: LexicalNode): ParagraphChild[] {
  const runs: ParagraphChild[] = []
  for (const child of node.children ?? [])
    walk(child, (inline) => {
      if (typeof inline.text === 'string') {
        runs.push(
          new TextRun({
            text: inline.text,
            bold: hasFormat(inline, 'bold') || undefined,
            italics: hasFormat(inline, 'italic') || undefined,
            underline: hasFormat(inline, 'underline') ? {} : undefined,
            strike: hasFormat(inline, 'strikethrough') || undefined,
            superScript: hasFormat(inline, 'superscript') || undefined,
            subScript: hasFormat(inline, 'subscript') || undefined,
            font: hasFormat(inline, 'code') ? 'Consolas' : undefined,
          }),
        )
        return false
      }
      if (inline.type === 'linebreak') runs.push(new TextRun({ break: 1 }))
      if (inline.type === 'tab') runs.push(new TextRun({ text: '\t' }))
      if ((inline.type === 'link' || inline.type === 'autolink') && linkable(inline.fields?.url)) {
        const inner = runsOf(inline)
        runs.push(new ExternalHyperlink({ link: inline.fields.url, children: inner.length ? inner : [new TextRun(inline.fields.url)] }))
        return false
      }
    })
  return runs
}

/** A list (nested lists included) as numbered or bulleted paragraphs; each numbered list starts again at 1. */
function listParagraphs(list: LexicalNode, level: number, counter: { instance: number }): Paragraph[] {
  const reference = list.listType === 'number' ? numbers : bullets
  const instance = reference === numbers ? ++counter.instance : 0
  return (list.children ?? []).flatMap((item) => {
    const nested = (item.children ?? []).filter((child) => child.type === 'list')
    const inline = { ...item, children: (item.children ?? []).filter((child) => child.type !== 'list') }
    const own = inline.children.length
      ? [new Paragraph({ numbering: { reference, level: Math.min(level, 8), instance }, children: runsOf(inline) })]
      : []
    return [...own, ...nested.flatMap((child) => listParagraphs(child, level + 1, counter))]
  })
}

function table(node: LexicalNode, counter: { instance: number }): Table {
  const rows = (node.children ?? []).filter((row) => row.type === 'tablerow')
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: (index === 0 && (row.children ?? []).some((cell) => cell.headerState)) || undefined,
          children: (row.children ?? []).map((cell) => {
            const content = blocks(cell.children ?? [], counter).filter((block): block is Paragraph => block instanceof Paragraph)
            const header = Boolean(cell.headerState)
            return new TableCell({
              shading: header ? { fill: 'E7ECEF' } : undefined,
              children: content.length ? content : [new Paragraph({})],
            })
          }),
        }),
    ),
  })
}

/** Block nodes (paragraphs, headings, lists, tables, quotes, rules) as docx paragraphs and tables. */
function blocks(nodes: LexicalNode[], counter: { instance: number }): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'heading': {
        const level = Number(node.tag?.slice(1)) || 2
        return [new Paragraph({ heading: headings[Math.min(level, 4) - 1] ?? HeadingLevel.HEADING_3, children: runsOf(node) })]
      }
      case 'list':
        return listParagraphs(node, 0, counter)
      case 'table':
        return [table(node, counter), new Paragraph({})]
      case 'quote':
        return [new Paragraph({ style: 'Quote', children: runsOf(node) })]
      case 'horizontalrule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } })]
      case 'paragraph':
        return [new Paragraph({ children: runsOf(node) })]
      default:
        // Anything else that holds text (an unknown block, a callout) is kept as a paragraph rather than lost.
        return node.children?.length ? [new Paragraph({ children: runsOf(node) })] : []
    }
  })
}

/** The Word paragraphs and tables of a rich-text value (exported for the unit tests). */
export const richTextBlocks = (state: unknown): (Paragraph | Table)[] => blocks(rootOf(state)?.children ?? [], { instance: 0 })

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }))

/** The template as a Word document (.docx): A4, the reader's language of Switzerland, Word's heading styles, author Relais. */
export function templateDocx(doc: TemplateDocument): Promise<Buffer> {
  const locale = doc.locale ?? defaultLocale
  const t = translatorFor(locale, 'templates.docx')
  const language = intlLocale(locale)
  const author = `Relais — ${doc.organisation}`
  const document = new Document({
    title: doc.title,
    subject: doc.description ?? undefined,
    description: doc.description ?? undefined,
    creator: author,
    lastModifiedBy: author,
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 22, language: { value: language } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { font: 'Arial', size: 36, bold: true, color: '1F3A5F' }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: 'Arial', size: 30, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Arial', size: 26, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: 'Arial', size: 22, bold: true }, paragraph: { spacing: { before: 240, after: 60 } } },
        hyperlink: { run: { color: '0B5CAD', underline: {} } },
      },
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true }, paragraph: { indent: { left: 567 } } },
        { id: 'Source', name: 'Source', basedOn: 'Normal', run: { size: 18, color: '555555' }, paragraph: { spacing: { before: 360 } } },
      ],
    },
    numbering: {
      config: [
        { reference: bullets, levels: levels(LevelFormat.BULLET, (level) => ['•', '◦', '▪'][level % 3]) },
        { reference: numbers, levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    sections: [
      {
        properties: { page },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: doc.commune ? t('header', { commune: doc.commune, date: doc.date }) : doc.date,
                    size: 18,
                    color: '555555',
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: t('footer', { author }), size: 16, color: '555555' })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          ...richTextBlocks(doc.body),
          ...(doc.source ? [new Paragraph({ style: 'Source', children: [new TextRun(t('source', { source: doc.source }))] })] : []),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
