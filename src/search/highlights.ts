import type { Excerpt } from './types'
import { foldAccents } from './vocabulary'

// Highlight markers: control characters that never occur in indexed text (searchDocument strips them).
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

/**
 * A sentence ends at a line break, or at . ! ? … followed by a space and what opens a sentence (a capital, a
 * digit, a quote or a bracket, possibly highlighted). "p. ex. la" or "3.5 %" do not end one.
 */
const sentenceEnd = new RegExp(`(?<=[.!?…])\\s+(?=${markOpen}?[«"“(\\[A-ZÀ-ÖØ-Þ0-9])|\\s*\\n\\s*`, 'u')

/**
 * A text's sentences, trimmed, empty ones left out. The engine stores them at indexing (src/search/postgres/engine.ts)
 * and gives them back marked, one per line, which `sentenceExcerpt` splits into the same sentences.
 */
export const sentencesOf = (text: string): string[] =>
  text
    .split(sentenceEnd)
    .map((sentence) => sentence.trim())
    .filter(Boolean)

const marked = (word: string) => word.includes(markOpen)
const markers = new RegExp(`[${markOpen}${markClose}]`, 'g')
const plain = (word: string) => word.replace(markers, '')
const markedWords = new RegExp(`${markOpen}([^${markClose}]*)${markClose}`, 'g')

/**
 * The excerpt of a result: from the start of the sentence with the most distinct highlighted words (the first
 * such sentence; the text's start when nothing is highlighted), about `words` words long, ended with « … »
 * when cut. A highlight far into a long sentence stretches the excerpt to show it; only beyond `longest` words
 * does the excerpt start inside the sentence (then with « … »). `text` is the whole text with the engine's
 * highlight markers around matched words; `typed`, the words of the query as typed.
 */
export function sentenceExcerpt(text: string, { words = 32, longest = 60, typed = [] as string[] } = {}): Excerpt {
  const sentences = sentencesOf(text)
  if (!sentences.length) return []
  // The sentence showing the most of the query's words as typed comes first (« restauration » rather than
  // « restaurer » or a synonym's « données » for a search of « restauration »); then the most distinct matches.
  const asTyped = new Set(typed.map((word) => foldAccents(word.toLowerCase())))
  let best = 0
  let bestScore: [number, number] = [0, 0]
  sentences.forEach((sentence, index) => {
    if (!sentence.includes(markOpen)) return // scores nothing: most sentences of a long text
    const matches = new Set(Array.from(sentence.matchAll(markedWords), (found) => foldAccents(found[1]!.toLowerCase())))
    const score: [number, number] = [[...matches].filter((word) => asTyped.has(word)).length, matches.size]
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) [best, bestScore] = [index, score]
  })

  // The words from that sentence on, as far as the excerpt can reach (not the rest of a long text).
  const tokens: string[] = []
  let reach = Infinity
  for (const sentence of sentences.slice(best)) {
    tokens.push(...sentence.split(/\s+/).filter((token) => plain(token)))
    if (reach === Infinity) reach = 2 * (Math.max(0, tokens.findIndex(marked)) + words + longest)
    if (tokens.length > reach) break
  }
  const firstMatch = Math.max(0, tokens.findIndex(marked))
  let start = 0
  let length = Math.max(words, firstMatch + 8)
  if (length > longest) {
    // A very long sentence: start a few words before the match rather than not show it.
    start = firstMatch - 8
    length = words
  }
  const shown = tokens.slice(start, start + length)
  const cut = start + length < tokens.length
  const out = `${start > 0 ? '… ' : ''}${shown.join(' ')}${cut ? ' …' : ''}`
  return splitHighlights(out)
}
