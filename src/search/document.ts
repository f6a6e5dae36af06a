import { createHash } from 'node:crypto'

import { defaultLocale } from '@/i18n/locales'

import type { SearchDocument } from './types'
import { isDemo, weightOf } from './vocabulary'

/** An entry's key: `<collection>:<id>` for French (the language of every document), `…:<locale>` for another. */
export const entryKey = (collection: string, docId: string, locale: string = defaultLocale) =>
  locale === defaultLocale ? `${collection}:${docId}` : `${collection}:${docId}:${locale}`

/** Entries are capped so that one huge document cannot bloat the index (the excerpt comes from the start). */
const maxTextLength = 20_000

/**
 * Titles are cut after this many characters, at a word, with « … »: the rank index holds each title's words
 * (migration `search_rank_index_covering`), and a btree entry must fit in a third of a page. No real title is
 * that long; a text pasted into a title field is still found by the words that remain in the title.
 */
export const maxTitleLength = 300

const shortTitle = (title: string) => {
  if (title.length <= maxTitleLength) return title
  const cut = title.slice(0, maxTitleLength)
  const space = cut.lastIndexOf(' ')
  return `${(space > maxTitleLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

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
 * Builds an index entry: its key from collection, id and language (French unless `locale` says otherwise), its
 * weight from its type and whether it is demo content (vocabulary.ts), its hash from everything that is indexed.
 */
export function searchDocument(
  fields: Omit<SearchDocument, 'key' | 'hash' | 'weight' | 'demo' | 'locale' | 'translated'> &
    Partial<Pick<SearchDocument, 'locale' | 'translated'>>,
): SearchDocument {
  const locale = fields.locale ?? defaultLocale
  const entry = {
    ...fields,
    locale,
    translated: fields.translated ?? false,
    title: shortTitle(tidy(fields.title).replace(/\n/g, ' ')),
    text: tidy(fields.text).slice(0, maxTextLength),
    weight: weightOf(fields.type),
    demo: isDemo(fields.title),
  }
  const hash = createHash('sha1').update(JSON.stringify(entry)).digest('hex')
  return { ...entry, key: entryKey(fields.collection, fields.docId, locale), hash }
}

/** A French entry whose document has a German entry too (its hash changes with it). */
export const asTranslated = ({ collection, docId, type, title, text, url, visibility, locale }: SearchDocument): SearchDocument =>
  searchDocument({ collection, docId, type, title, text, url, visibility, locale, translated: true })
