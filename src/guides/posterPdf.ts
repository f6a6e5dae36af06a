import fs from 'node:fs'
import path from 'node:path'

import PDFDocument from 'pdfkit'

import { intlLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import type { Poster, PosterFormat, Run } from './poster'

/**
 * A guide's poster as a one-page PDF (pdfkit, no browser). The font is Atkinson Hyperlegible (Braille Institute,
 * SIL Open Font License, shipped by @fontsource): drawn for low-vision readers, and it has the French glyphs (accents,
 * œ, ’, « »). It is embedded (subset), so the poster prints the same everywhere. A3 is A4 scaled by √2.
 */

const fontFile = (weight: 400 | 700) =>
  path.join(process.cwd(), 'node_modules/@fontsource/atkinson-hyperlegible/files', `atkinson-hyperlegible-latin-${weight}-normal.woff`)

let fonts: { regular: Buffer; bold: Buffer } | null = null
/** The two faces, read once per process; the Comité's report (src/report/pdf.ts) uses them too. */
export const loadFonts = () => (fonts ??= { regular: fs.readFileSync(fontFile(400)), bold: fs.readFileSync(fontFile(700)) })

const BLUE = '#00539f'
const INK = '#1a1a1a'
const GREY = '#5b6470'

export type PosterFooter = {
  /** Where the full guide is read, e.g. https://relais.example.ch/guides/phishing. */
  url: string
  /** « 15 septembre 2026 »: the guide's last review, in the poster's language. */
  reviewed: string
  /** Publishers of the guide's sources, named on the poster. */
  sources: string[]
}

/** The poster in the reader's language (`locale`): its band, its footer and its metadata; the lines are the guide's. */
export function posterPdf(poster: Poster, format: PosterFormat, footer: PosterFooter, locale: UiLocale = 'fr'): Promise<Buffer> {
  const t = translatorFor(locale, 'guides.poster')
  const { regular, bold } = loadFonts()
  const doc = new PDFDocument({
    size: format,
    margin: 0,
    font: regular as unknown as string,
    info: { Title: t('pdfTitle', { title: poster.title }), Author: 'Relais', Subject: t('subject'), Keywords: t('keywords') },
    lang: intlLocale(locale),
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

  const { width, height } = doc.page
  const s = width / 595.28 // 1 on A4, √2 on A3
  const margin = 42 * s
  const inner = width - 2 * margin

  // The band: what the poster is about.
  doc.font('bold').fontSize(30 * s)
  const titleHeight = doc.heightOfString(poster.title, { width: inner, lineGap: 2 * s })
  const bandHeight = margin + 16 * s + 10 * s + titleHeight + 26 * s
  doc.rect(0, 0, width, bandHeight).fill(BLUE)
  doc
    .fillColor('#ffffff')
    .font('bold')
    .fontSize(13 * s)
    .text(t('band'), margin, margin, { width: inner, characterSpacing: 1.5 * s })
  doc
    .font('bold')
    .fontSize(30 * s)
    .text(poster.title, margin, margin + 26 * s, { width: inner, lineGap: 2 * s })

  // The footer, from the bottom up.
  const footerSize = 9.5 * s
  const footerLines = [
    t('footerGuide', { url: footer.url, date: footer.reviewed }),
    footer.sources.length ? t('footerSources', { sources: footer.sources.join(' ; ') }) : '',
    t('footerNote'),
  ].filter(Boolean)
  doc.font('regular').fontSize(footerSize)
  const footerHeight = footerLines.reduce((sum, line) => sum + doc.heightOfString(line, { width: inner }) + 2 * s, 0)
  const footerTop = height - margin - footerHeight

  // The lines, as large as the page allows.
  const top = bandHeight + 30 * s
  const room = footerTop - 24 * s - top
  const badge = (size: number) => size * 1.7
  const textX = (size: number) => margin + badge(size) + 14 * s
  const textWidth = (size: number) => width - margin - textX(size)
  const plain = (line: Run[]) => line.map((run) => run.text).join('')
  const measure = (size: number) => {
    doc.font('bold').fontSize(size) // the bolder face, so that what is measured never runs short
    const gap = size * 0.9
    return poster.lines.reduce(
      (sum, line) => sum + Math.max(badge(size), doc.heightOfString(plain(line), { width: textWidth(size), lineGap: size * 0.2 })) + gap,
      -size * 0.9,
    )
  }
  let size = 24 * s
  while (size > 9 * s && measure(size) > room) size -= 0.5 * s
  const gap = size * 0.9
  const used = measure(size)
  let y = top + Math.max(0, (room - used) / 3)

  poster.lines.forEach((line, i) => {
    const r = badge(size) / 2
    doc
      .circle(margin + r, y + r, r)
      .fill(BLUE)
      .fillColor('#ffffff')
      .font('bold')
      .fontSize(size * 0.95)
    const number = String(i + 1)
    doc.text(number, margin, y + r - doc.currentLineHeight() / 2, { width: 2 * r, align: 'center', lineBreak: false })
    doc.fillColor(INK).fontSize(size)
    doc.font('bold')
    const lineHeight = doc.heightOfString(plain(line), { width: textWidth(size), lineGap: size * 0.2 })
    const textTop = y + Math.max(0, (badge(size) - Math.min(lineHeight, doc.currentLineHeight(true))) / 2) - size * 0.05
    line.forEach((run, k) => {
      doc.font(run.bold ? 'bold' : 'regular')
      const options = { width: textWidth(size), lineGap: size * 0.2, continued: k < line.length - 1 }
      if (k === 0) doc.text(run.text, textX(size), textTop, options)
      else doc.text(run.text, options)
    })
    // Where the text really ended (the bold measure above can count a line too many), never above the badge.
    y = Math.max(y + badge(size), Math.min(doc.y, y + lineHeight)) + gap
  })

  // The footer itself.
  doc
    .moveTo(margin, footerTop - 12 * s)
    .lineTo(width - margin, footerTop - 12 * s)
    .lineWidth(0.8 * s)
    .stroke(BLUE)
  let fy = footerTop
  doc.fillColor(GREY).font('regular').fontSize(footerSize)
  for (const line of footerLines) {
    doc.text(line, margin, fy, { width: inner })
    fy += doc.heightOfString(line, { width: inner }) + 2 * s
  }

  doc.end()
  return done
}
