/**
 * An Atom 1.0 document (RFC 4287) from plain values: every text is escaped here, so a title such as
 * « <script> & Cie » reaches a feed reader as text, never as markup. Pure: no Payload, no request.
 */

export type AtomEntry = {
  id: string
  title: string
  /** The item's page. */
  link: string
  /** ISO 8601 instants. */
  updated: string
  published?: string | null
  summary: string
  /** HTML, sent escaped as `type="html"` content. */
  html: string
  category?: { term: string; label: string }
}

export type AtomFeed = {
  /** The language of the feed's own words (xml:lang), e.g. de-CH; French when absent. */
  lang?: string
  id: string
  title: string
  subtitle?: string
  /** The feed's own address (as the reader fetched it) and the page it mirrors. */
  self: string
  alternate: string
  author: string
  /** When nothing is in it, the feed's date is this one. */
  fallbackUpdated: string
  entries: AtomEntry[]
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text for XML content or an attribute: the five special characters escaped, and the characters XML 1.0 forbids
 * (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, since one would make the whole feed unreadable.
 */
export const xmlText = (value: string) =>
  value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (char) => xmlEscapes[char]!)

/** An instant as Atom wants it (RFC 3339, UTC). */
export const atomDate = (value: string | Date) => new Date(value).toISOString()

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${xmlText(text)}</${name}>`

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title, ' type="text"')}`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>`,
    `    ${element('updated', atomDate(entry.updated))}`,
    ...(entry.published ? [`    ${element('published', atomDate(entry.published))}`] : []),
    ...(entry.category ? [`    <category term="${xmlText(entry.category.term)}" label="${xmlText(entry.category.label)}"/>`] : []),
    `    ${element('summary', entry.summary, ' type="text"')}`,
    `    ${element('content', entry.html, ' type="html"')}`,
    '  </entry>',
  ].join('\n')
}

/** The feed: its date is its newest entry's, so that it stays the same while nothing changes. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (latest, entry) => (atomDate(entry.updated) > latest ? atomDate(entry.updated) : latest),
    atomDate(feed.fallbackUpdated),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang ?? 'fr')}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, ' type="text"')}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle, ' type="text"')}`] : []),
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    `  ${element('updated', updated)}`,
    `  <author>${element('name', feed.author)}</author>`,
    '  <generator>Relais</generator>',
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n')
}

/** Paragraphs, lists and links as escaped HTML, for an entry's content. */
export const html = {
  paragraphs: (text: string) =>
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `<p>${xmlText(line)}</p>`)
      .join(''),
  heading: (text: string) => `<h2>${xmlText(text)}</h2>`,
  list: (items: string[]) => (items.length ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>` : ''),
  link: (href: string, text: string) => `<a href="${xmlText(href)}">${xmlText(text)}</a>`,
  text: (text: string) => xmlText(text),
}
