import PDFDocument from 'pdfkit'

import { loadFonts } from '@/guides/posterPdf'
import { intlLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import type { ReportDocument, ReportTable } from './document'

const BLUE = '#00539f'
const INK = '#1a1a1a'
const GREY = '#5b6470'
const RULE = '#c4cad2'
const HEAD = '#e8eef5'

/**
 * Each column at least as wide as its longest word (so that « Priorité » never breaks), the rest of the width shared
 * by how much text the column usually holds (a title or a change wide, a number narrow).
 */
function columnWidths(doc: PDFKit.PDFDocument, block: ReportTable, width: number): number[] {
  const padding = 10
  const widest = (texts: string[], font: string) => {
    doc.font(font).fontSize(8.5)
    return Math.max(0, ...texts.flatMap((text) => text.split(/\s+/)).map((word) => doc.widthOfString(word)))
  }
  const columns = block.columns.map((header, i) => {
    const cells = block.rows.map((row) => row[i] ?? '')
    const least = Math.max(widest([header], 'bold'), widest(cells, 'regular')) + padding
    doc.font('regular').fontSize(8.5)
    const average = cells.length ? cells.reduce((sum, cell) => sum + doc.widthOfString(cell), 0) / cells.length : 0
    return { least, wish: Math.min(Math.max(least, average + padding), width * 0.45) }
  })
  const least = columns.reduce((sum, c) => sum + c.least, 0)
  if (least >= width) return columns.map((c) => (c.least / least) * width)
  const extra = columns.reduce((sum, c) => sum + (c.wish - c.least), 0)
  return columns.map((c) => c.least + (extra > 0 ? ((c.wish - c.least) / extra) * (width - least) : (width - least) / columns.length))
}

/**
 * The Comité's report as an A4 PDF (pdfkit, no browser), laid out from the same `ReportDocument` as the page, in the
 * guides' posters' font (Atkinson Hyperlegible, embedded). Tables break across pages; every page carries its number.
 * In the document's language (the reader's).
 */
export function reportPdf(report: ReportDocument): Promise<Buffer> {
  const t = translatorFor(report.locale, 'report.pdf')
  const { regular, bold } = loadFonts()
  const margin = 48
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin + 14, left: margin, right: margin },
    font: regular as unknown as string,
    bufferPages: true,
    info: {
      Title: `${report.title} – ${report.subtitle}`,
      Author: 'Relais',
      Subject: t('subject'),
      Keywords: t('keywords'),
    },
    lang: intlLocale(report.locale),
    displayTitle: true,
  })
  doc.registerFont('regular', regular)
  doc.registerFont('bold', bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const width = doc.page.width - 2 * margin
  const bottom = () => doc.page.height - doc.page.margins.bottom
  const room = (needed: number) => {
    if (doc.y + needed > bottom()) doc.addPage()
  }

  doc.fillColor(BLUE).font('bold').fontSize(22).text(report.title, margin, margin, { width })
  doc.moveDown(0.2).fillColor(INK).font('bold').fontSize(13).text(report.subtitle, { width })
  doc.moveDown(0.3).fillColor(GREY).font('regular').fontSize(9.5).text(report.generated, { width })

  const table = (block: ReportTable) => {
    room(60)
    doc.fillColor(GREY).font('regular').fontSize(8.5).text(block.caption, margin, doc.y, { width })
    doc.moveDown(0.3)
    doc.font('regular').fontSize(8.5)
    doc.table({
      position: { x: margin, y: doc.y },
      maxWidth: width,
      columnStyles: columnWidths(doc, block, width),
      defaultStyle: { border: 0.5, borderColor: RULE, padding: [3, 4, 3, 4], textColor: INK },
      rowStyles: (row) => (row === 0 ? { backgroundColor: HEAD } : undefined),
      data: [
        block.columns.map((text) => ({ text, type: 'TH' as const, font: { src: 'bold', size: 8.5 } })),
        ...block.rows.map((row) =>
          row.map((text, i) => ({ text, align: { x: block.numeric?.includes(i) ? ('right' as const) : ('left' as const) } })),
        ),
      ],
    })
    doc.x = margin
    doc.moveDown(0.8)
  }

  for (const section of report.sections) {
    doc.moveDown(0.8)
    room(80)
    doc.fillColor(BLUE).font('bold').fontSize(15).text(section.title, margin, doc.y, { width })
    doc.moveDown(0.3)
    for (const block of section.blocks) {
      if (block.kind === 'heading') {
        room(60)
        doc.moveDown(0.3).fillColor(INK).font('bold').fontSize(11.5).text(block.text, margin, doc.y, { width })
        doc.moveDown(0.2)
      } else if (block.kind === 'paragraph') {
        room(30)
        doc.fillColor(INK).font('regular').fontSize(10).text(block.text, margin, doc.y, { width, lineGap: 1.5 })
        doc.moveDown(0.5)
      } else table(block)
    }
  }

  // Page numbers, once every page exists.
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    // Written in the bottom margin: without it, pdfkit would take the footer for an overflow and add a page.
    doc.page.margins.bottom = 0
    doc
      .fillColor(GREY)
      .font('regular')
      .fontSize(8)
      .text(t('footer', { title: report.title, subtitle: report.subtitle, page: i + 1, count }), margin, doc.page.height - margin, {
        width,
        align: 'center',
        lineBreak: false,
      })
  }
  doc.end()
  return done
}
