import { createHash } from 'node:crypto'

import type { SearchDocument } from './types'
import { isDemo, weightOf } from './vocabulary'

/** Entries are capped so that one huge document cannot bloat the index (the excerpt comes from the start). */
const maxTextLength = 20_000

/**
 * Spaces collapsed; line breaks kept, one at a time: they end a sentence for the excerpts (a checklist item, a
 * heading). Control characters, which the engines' highlight markers use, are removed.
 */
const tidy = (text: string) =>
  text
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim()

/**
 * Builds an index entry: its key from collection and id, its weight from its type and whether it is demo
 * content (vocabulary.ts), its hash from everything that is indexed.
 */
export function searchDocument(fields: Omit<SearchDocument, 'key' | 'hash' | 'weight' | 'demo'>): SearchDocument {
  const entry = {
    ...fields,
    title: tidy(fields.title).replace(/\n/g, ' '),
    text: tidy(fields.text).slice(0, maxTextLength),
    weight: weightOf(fields.type),
    demo: isDemo(fields.title),
  }
  const hash = createHash('sha1').update(JSON.stringify(entry)).digest('hex')
  return { ...entry, key: `${fields.collection}:${fields.docId}`, hash }
}
