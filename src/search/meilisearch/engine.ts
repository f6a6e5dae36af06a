import { type EnqueuedTaskPromise, type Index, Meilisearch } from 'meilisearch'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { markClose, markOpen, sentenceExcerpt } from '@/search/highlights'
import {
  countCap,
  type Grants,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResults,
  type SearchType,
  type Suggestion,
} from '@/search/types'
import { foldAccents, germanQuestionWords, questionWords } from '@/search/vocabulary'

import { indexSettings } from './settings'

type Options = { host: string; apiKey?: string; index?: string }
/**
 * `demoRank` (0 real, 1 demo) orders by the demo flag: ranking rules sort numbers. The title and text are searched in
 * the attributes of the entry's language (`title_fr`/`text_fr`, `title_de`/`text_de`), which the index settings
 * tokenize as that language; `title` is kept as it is for the results.
 */
type Stored = Omit<SearchDocument, 'text'> & { id: string; demoRank: number } & Partial<Record<`${'title' | 'text'}_${Locale}`, string>>

const stored = ({ text, ...d }: SearchDocument): Stored => ({
  ...d,
  id: idOf(d.key),
  demoRank: d.demo ? 1 : 0,
  [`title_${d.locale}`]: d.title,
  [`text_${d.locale}`]: text,
})

/** Meilisearch's names of our languages. */
const languageCodes: Record<Locale, 'fra' | 'deu'> = { fr: 'fra', de: 'deu' }

/** French readers find the French entries; German readers the German ones and the French ones not translated. */
const languageFilter = (locale: Locale) =>
  locale === defaultLocale ? ['locale = "fr"'] : [`locale = ${JSON.stringify(locale)} OR (locale = "fr" AND translated = false)`]

/** How the query is read: French, or German and French (German readers also search untranslated French entries). */
const queryLocales = (locale: Locale) => (locale === defaultLocale ? [languageCodes.fr] : [languageCodes[locale], languageCodes.fr])

const highlight = { highlightPreTag: markOpen, highlightPostTag: markClose }

/** Meilisearch ids allow letters, digits, `-` and `_` only. */
const idOf = (key: string) => key.replace(/[^a-zA-Z0-9_-]/g, '-')

/** Filters are built from our own grants and types only; JSON quoting keeps them well-formed. */
const visibilityFilter = (grants: Grants) =>
  grants === 'all' ? [] : [`visibility IN [${grants.map((g) => JSON.stringify(g)).join(', ')}]`]

/** Question words ("comment", "faut-il", "wie") would otherwise be required words of the query. */
const subjectOf = (q: string, locale: Locale) => {
  const words = q.split(/\s+/).filter(Boolean)
  const asked = (word: string) => questionWords.has(word) || (locale !== defaultLocale && germanQuestionWords.has(word))
  const subject = words.filter((word) => !asked(foldAccents(word).replace(/[^a-z0-9]/g, '')))
  return (subject.length ? subject : words).join(' ')
}

async function done(task: EnqueuedTaskPromise) {
  const result = await task.waitTask({ timeout: 60_000 })
  if (result.status !== 'succeeded') throw new Error(`Meilisearch: task ${result.uid} ${result.status} (${result.error?.message ?? ''})`)
}

/** The Meilisearch engine; the index (default `relais`) is configured from `indexSettings` on first use. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const
  private readonly client: Meilisearch
  private readonly uid: string
  private ready: Promise<void> | null = null

  constructor({ host, apiKey, index = 'relais' }: Options) {
    this.client = new Meilisearch({ host, apiKey })
    this.uid = index
  }

  private get index(): Index<Stored> {
    return this.client.index<Stored>(this.uid)
  }

  private async configure(uid: string) {
    if (!(await this.exists(uid))) await done(this.client.createIndex(uid, { primaryKey: 'id' }))
    await done(this.client.index(uid).updateSettings(indexSettings))
  }

  private async exists(uid: string) {
    return this.client.getIndex(uid).then(
      () => true,
      (error: { cause?: { code?: string } }) => {
        if (error.cause?.code === 'index_not_found') return false
        throw error
      },
    )
  }

  private prepared() {
    this.ready ??= this.configure(this.uid).catch((error) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  async upsert(documents: SearchDocument[]) {
    if (!documents.length) return
    await this.prepared()
    await done(this.index.addDocuments(documents.map(stored)))
  }

  async remove(keys: string[]) {
    if (!keys.length) return
    await this.prepared()
    await done(this.index.deleteDocuments(keys.map(idOf)))
  }

  async search({ q, grants, type, locale = defaultLocale, limit = 20, offset = 0 }: SearchQuery): Promise<SearchResults> {
    if (grants !== 'all' && !grants.length) return { hits: [], total: 0, byType: {} }
    await this.prepared()
    const visible = [...visibilityFilter(grants), ...languageFilter(locale)]
    const query = subjectOf(q, locale)
    const locales = queryLocales(locale)
    const [found, facets] = (
      await this.client.multiSearch({
        queries: [
          {
            indexUid: this.uid,
            q: query,
            filter: type ? [...visible, `type = ${JSON.stringify(type)}`] : visible,
            limit,
            offset,
            attributesToRetrieve: ['key', 'type', 'title', 'url', 'locale'],
            // The whole text highlighted: the excerpt is cut from it at a sentence start (sentenceExcerpt).
            attributesToHighlight: ['text_fr', 'text_de'],
            matchingStrategy: 'frequency',
            locales,
            ...highlight,
          },
          { indexUid: this.uid, q: query, filter: visible, limit: 0, facets: ['type'], matchingStrategy: 'frequency', locales },
        ],
      })
    ).results
    const byType = (facets!.facetDistribution?.type ?? {}) as Partial<Record<SearchType, number>>
    const matched = type ? (byType[type] ?? 0) : (facets!.estimatedTotalHits ?? 0)
    return {
      total: Math.min(matched, countCap),
      ...(matched > countCap ? { capped: true } : {}),
      byType,
      hits: found!.hits.map((hit) => ({
        key: hit.key,
        type: hit.type,
        title: hit.title,
        url: hit.url,
        locale: hit.locale,
        excerpt: sentenceExcerpt(String(hit._formatted?.[`text_${hit.locale}`] ?? ''), {
          typed: query.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
        }),
      })),
    }
  }

  async suggest({ q, grants, type, locale = defaultLocale, limit = 8 }: SearchQuery): Promise<Suggestion[]> {
    if (grants !== 'all' && !grants.length) return []
    await this.prepared()
    const visible = [...visibilityFilter(grants), ...languageFilter(locale)]
    const { hits } = await this.index.search(subjectOf(q, locale), {
      filter: type ? [...visible, `type = ${JSON.stringify(type)}`] : visible,
      limit,
      matchingStrategy: 'frequency',
      locales: queryLocales(locale),
      attributesToRetrieve: ['type', 'title', 'url', 'locale'],
    })
    return hits.map((hit) => ({ type: hit.type, title: hit.title, url: hit.url, locale: hit.locale }))
  }

  /** Builds `<index>_next` completely, then swaps it with the live index in one step (atomic). */
  async replaceAll(batches: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void) {
    await this.prepared()
    const next = `${this.uid}_next`
    await this.client.deleteIndexIfExists(next)
    await this.configure(next)
    let indexed = 0
    for await (const batch of batches) {
      await done(this.client.index(next).addDocuments(batch.map(stored)))
      indexed += batch.length
      onProgress?.(indexed)
    }
    await done(this.client.swapIndexes([{ indexes: [this.uid, next], rename: false }]))
    await done(this.client.deleteIndex(next))
  }

  async isEmpty() {
    await this.prepared()
    return (await this.index.getStats()).numberOfDocuments === 0
  }

  async fingerprints() {
    await this.prepared()
    const all = new Map<string, string>()
    for (let offset = 0; ; offset += 1000) {
      const { results } = await this.index.getDocuments({ fields: ['key', 'hash'], limit: 1000, offset })
      for (const doc of results) all.set(doc.key, doc.hash)
      if (results.length < 1000) return all
    }
  }
}
