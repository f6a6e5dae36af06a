import { createHash } from 'node:crypto'

import type { SearchDocument } from './types'

/** Entries are capped so that one huge document cannot bloat the index (the excerpt comes from the start). */
const maxTextLength = 20_000

/** Builds an index entry: its key from collection and id, its hash from everything that is indexed. */
export function searchDocument(fields: Omit<SearchDocument, 'key' | 'hash'>): SearchDocument {
  const entry = { ...fields, text: fields.text.replace(/\s+/g, ' ').trim().slice(0, maxTextLength) }
  const hash = createHash('sha1').update(JSON.stringify(entry)).digest('hex')
  return { ...entry, key: `${fields.collection}:${fields.docId}`, hash }
}
