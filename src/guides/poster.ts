import { messageAt } from '@/i18n/labels'
import { defaultLocale, locales } from '@/i18n/locales'

/**
 * The printable poster of a guide (measure 4: « posters visibles dans des endroits fréquentés »), taken from the guide
 * itself so that it never drifts from it: the section of the body titled « À retenir » (a level-2 heading followed by
 * a list), one line per list item. A wall needs a handful of short personal reflexes, which is what that section
 * states; the checklist is the commune's to-do list (buy a password manager, ask the provider…), not a wall's.
 */

/**
 * The titles of the body's section that becomes the poster, one per language (« À retenir », « Das Wichtigste »:
 * `guides.poster.heading` in the catalogues), compared without case, accents' forms or a final colon.
 */
const headingKey = (text: string) => text.normalize('NFC').trim().replace(/\s*:$/, '').toLocaleLowerCase('fr')
export const POSTER_HEADING = messageAt(defaultLocale, 'guides.poster.heading')
export const POSTER_HEADINGS: readonly string[] = locales.map((locale) => messageAt(locale, 'guides.poster.heading'))
const posterHeadingKeys = new Set(POSTER_HEADINGS.map(headingKey))

export const posterFormats = ['A4', 'A3'] as const
export type PosterFormat = (typeof posterFormats)[number]

/** A piece of a line, bold or not, as the editor wrote it. */
export type Run = { text: string; bold: boolean }
export type Poster = { title: string; lines: Run[][] }

type LexicalNode = { type?: string; tag?: string; text?: string; format?: number | string; children?: LexicalNode[] }

/** `A4`/`A3` (any case), or null for anything else; no parameter at all means A4. */
export function posterFormat(value: string | null): PosterFormat | null {
  if (value === null) return 'A4'
  const upper = value.trim().toUpperCase()
  return (posterFormats as readonly string[]).includes(upper) ? (upper as PosterFormat) : null
}

// The embedded font has no narrow no-break space: a plain no-break space looks the same on paper.
const clean = (text: string) => text.replace(/\u202f/g, '\u00a0').replace(/[ \t\r\n]+/g, ' ')

const textOf = (node: LexicalNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))

const isHeading = (node: LexicalNode) => node.type === 'heading'
const isPosterHeading = (node: LexicalNode) => isHeading(node) && node.tag === 'h2' && posterHeadingKeys.has(headingKey(textOf(node)))

/** The runs of one list item or paragraph; a nested list's items follow on the same line. */
function runsOf(node: LexicalNode): Run[] {
  const runs: Run[] = []
  const walk = (n: LexicalNode) => {
    if (typeof n.text === 'string') runs.push({ text: clean(n.text), bold: (Number(n.format) & 1) === 1 })
    else if (n.type === 'linebreak') runs.push({ text: ' ', bold: false })
    else (n.children ?? []).forEach(walk)
  }
  walk(node)
  // Merge neighbours of the same weight, trim the ends, drop what is left empty.
  const merged = runs.reduce<Run[]>((all, run) => {
    const last = all.at(-1)
    if (last && last.bold === run.bold) last.text += run.text
    else all.push({ ...run })
    return all
  }, [])
  if (merged[0]) merged[0].text = merged[0].text.trimStart()
  if (merged.at(-1)) merged.at(-1)!.text = merged.at(-1)!.text.trimEnd()
  return merged.filter((run) => run.text !== '')
}

/** The lines of the « À retenir » section: the items of its lists (and its paragraphs), up to the next heading. */
export function posterLines(body: unknown): Run[][] {
  const children: LexicalNode[] =
    body && typeof body === 'object' && 'root' in body ? (((body as { root: LexicalNode }).root.children ?? []) as LexicalNode[]) : []
  const start = children.findIndex(isPosterHeading)
  if (start < 0) return []
  const lines: Run[][] = []
  for (const node of children.slice(start + 1)) {
    if (isHeading(node) && node.tag === 'h2') break
    if (node.type === 'list') lines.push(...(node.children ?? []).map(runsOf))
    else if (node.type === 'paragraph') lines.push(runsOf(node))
  }
  return lines.filter((line) => line.length > 0)
}

/** The poster of a guide, or null when its body has no « À retenir » section (no poster is offered then). */
export function posterOf(guide: { title: string; body?: unknown }): Poster | null {
  const lines = posterLines(guide.body)
  return lines.length ? { title: clean(guide.title).trim(), lines } : null
}

/** The plain text of a line, as a reader (or a text extractor) sees it. */
export const lineText = (line: Run[]) => line.map((run) => run.text).join('')

/** Where a guide's poster is downloaded. */
export const posterHref = (slug: string, format: PosterFormat) => `/guides/${slug}/affiche.pdf?format=${format}`
