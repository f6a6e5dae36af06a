import type { Excerpt } from './types'

// Highlight markers: control characters that never occur in indexed text (searchDocument collapses whitespace).
export const markOpen = '\u0002'
export const markClose = '\u0003'

/** An engine's marked-up excerpt as text pieces, the marked ones flagged as matches (rendered without HTML). */
export function splitHighlights(text: string): Excerpt {
  const parts: Excerpt = []
  for (const [index, piece] of text.split(new RegExp(`[${markOpen}${markClose}]`)).entries()) {
    if (piece) parts.push({ text: piece, match: index % 2 === 1 })
  }
  return parts
}
