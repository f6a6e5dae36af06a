import type { Pool, PoolClient } from 'pg'

import { markClose, markOpen, splitHighlights } from '@/search/highlights'
import type { Grants, SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResults, SearchType, Suggestion } from '@/search/types'

import { type Term, termsOf, toTsquery } from './tsquery'

type Queryable = Pick<Pool, 'query'> | PoolClient

const headline = `StartSel=${markOpen}, StopSel=${markClose}, MaxWords=32, MinWords=16, MaxFragments=2, FragmentDelimiter=" … "`

/**
 * Title matches first, the closer the title is to the query the better ("Sauvegardes et tests" before a long
 * question that mentions backups); then the body, by ts_rank (title weight A, body B, divided by length):
 *
 *   score = ts_rank('{0.1,0.2,0.4,1}', search, query, 1)
 *     + case when ts_rank('{0,0,0,1}', search, query) > 0 then 1 + similarity(relais_unaccent(lower(title)), text) else 0 end
 *
 * with `text` the folded query, compared with the title by trigram similarity.
 *
 * `ranking` gives the CTEs `q` (the tsquery, the folded query and its number of trigrams) and `matches`
 * (every match the grants may read, with the parts of its score), one pass over the matches that serves both
 * the counts and the page. The tsquery comes from a CTE so that the planner cannot estimate it: otherwise it
 * takes @@ row by row for cheap and often picks a sequential scan, which reads every tsvector, whereas the GIN
 * index finds the matches without reading any.
 *
 * The similarity costs the most, so only the matches that can be on the page get it (see `page`). It is at
 * most min/max of the two numbers of trigrams (`title_trigrams`, stored, counts those of the same folded
 * title), which gives each match an upper `bound` of its score.
 */
const ranking = (tsquery: string, grants: string, text: string) => `
  q as materialized (
    select to_tsquery('relais_french', ${tsquery}) as query, ${text}::text as text, coalesce(array_length(show_trgm(${text}), 1), 0) as trigrams
  ),
  matches as materialized (
    select key, type, title, rank, in_title,
      rank + case when in_title then 1 + least(title_trigrams, trigrams)::real / greatest(title_trigrams, trigrams, 1)::real else 0 end as bound
    from (
      select key, type, title, title_trigrams, trigrams, ts_rank('{0.1,0.2,0.4,1}', search, query, 1) as rank,
        ts_rank('{0,0,0,1}', search, query) > 0 as in_title
      from q, search_documents where search @@ q.query and ${visible(grants)}
    ) as parts
  )`

/** The score, from the parts in `matches`. */
const score = `rank + case when in_title then 1 + similarity(relais_unaccent(lower(title)), q.text) else 0 end`

/**
 * CTE `best`: the matches of `type` (null: every type) ranked `offset + 1` to `offset + limit` by score, then
 * title. The `offset + limit` matches with the highest bounds, scored, set a floor that every match of the
 * page reaches: the matches whose bound is below it are left out unscored.
 */
const page = (type: string, limit: string, offset: string) => {
  const ofType = `(${type}::text is null or type = ${type})`
  const size = `${limit}::int + ${offset}::int`
  return `
  best as (
    select key, title, score from (
      select key, title, ${score} as score from matches, q
      where ${ofType} and bound >= coalesce(
        (select min(${score}) from (select * from matches where ${ofType} order by bound desc limit ${size}) as top, q
         having count(*) = ${size}),
        '-infinity')
    ) as candidates
    order by score desc, title, key limit ${limit} offset ${offset}
  )`
}

/** Staff (`all`) pass null: no filter. */
const visible = (grants: string) => `(${grants}::text[] is null or visibility = any(${grants}::text[]))`
const grantsParameter = (grants: Grants) => (grants === 'all' ? null : grants)

type Row = { key: string; type: SearchType; title: string; url: string; excerpt: string }

const columns = ['key', 'collection', 'doc_id', 'type', 'title', 'body', 'url', 'visibility', 'hash'] as const

const asRows = (documents: SearchDocument[]) =>
  JSON.stringify(
    documents.map((d) => ({
      key: d.key,
      collection: d.collection,
      doc_id: d.docId,
      type: d.type,
      title: d.title,
      body: d.text,
      url: d.url,
      visibility: d.visibility,
      hash: d.hash,
    })),
  )

/**
 * The embedded engine: `search_documents` holds a stored tsvector (French snowball over unaccent, title
 * weighted A) under a GIN index; `search_words` is the index's vocabulary, under a trigram index, from which
 * misspelt words get their corrections. Schema: migration `search`.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const

  constructor(private readonly pool: Pool) {}

  async upsert(documents: SearchDocument[], db: Queryable = this.pool) {
    if (!documents.length) return
    const rows = asRows(documents)
    const assignments = columns.filter((c) => c !== 'key').map((c) => `${c} = excluded.${c}`)
    await db.query(
      `insert into search_documents (${columns.join(', ')})
       select ${columns.join(', ')} from jsonb_to_recordset($1::jsonb) as d(${columns.map((c) => `${c} text`).join(', ')})
       on conflict (key) do update set ${assignments.join(', ')}, indexed_at = now()`,
      [rows],
    )
    await db.query(
      `insert into search_words (word)
       select distinct w from jsonb_to_recordset($1::jsonb) as d(title text, body text),
         regexp_split_to_table(relais_unaccent(lower(d.title || ' ' || d.body)), '[^a-z0-9]+') as w
       where length(w) between 3 and 40
       on conflict do nothing`,
      [rows],
    )
  }

  async remove(keys: string[]) {
    if (keys.length) await this.pool.query('delete from search_documents where key = any($1::text[])', [keys])
  }

  /** Misspelt words (not in the vocabulary) → the closest words that are. */
  private async corrections(terms: Term[]): Promise<Map<string, string[]>> {
    const candidates = terms.filter((t) => t.word.length >= 4).map((t) => t.word)
    const prefixes = terms.filter((t) => t.prefix).map((t) => t.word)
    const found = new Map<string, string[]>()
    if (!candidates.length) return found
    // The three nearest words, as long as they are nearly as close as the nearest (no far-fetched ones).
    const { rows } = await this.pool.query<{ term: string; word: string }>(
      `select t.term, s.word from unnest($1::text[]) as t(term)
       cross join lateral (
         select word, similarity(word, t.term) as closeness, max(similarity(word, t.term)) over () as best
         from search_words where word % t.term order by word <-> t.term limit 3
       ) as s
       where not exists (select 1 from search_words where word = t.term)
         and not (t.term = any($2::text[]) and exists (select 1 from search_words where word like t.term || '%'))
         and s.closeness >= 0.75 * s.best`,
      [candidates, prefixes],
    )
    for (const { term, word } of rows) found.set(term, [...(found.get(term) ?? []), word])
    return found
  }

  /** The tsquery texts to try in turn (every word, then, for several words, any word) and the folded query. */
  private async plans(q: string, lastIsPrefix: boolean): Promise<{ tsqueries: string[]; text: string }> {
    const terms = termsOf(q, { lastIsPrefix })
    const text = terms.map((term) => term.word).join(' ')
    if (!terms.length) return { tsqueries: [], text }
    const corrections = await this.corrections(terms)
    const all = toTsquery(terms, corrections, 'all')
    return { tsqueries: terms.length > 1 ? [all, toTsquery(terms, corrections, 'any')] : [all], text }
  }

  async search({ q, grants, type, limit = 20, offset = 0 }: SearchQuery): Promise<SearchResults> {
    if (grants !== 'all' && !grants.length) return { hits: [], total: 0, byType: {} }
    const { tsqueries, text } = await this.plans(q, false)
    for (const tsquery of tsqueries) {
      const { rows } = await this.pool.query<{ by_type: Partial<Record<SearchType, number>> | null; hits: Row[] | null }>(
        `with ${ranking('$1', '$5', '$6')}, ${page('$2', '$3', '$4')}
         select
           (select json_object_agg(type, n) from (select type, count(*) as n from matches group by type) as counts) as by_type,
           (select json_agg(json_build_object('key', d.key, 'type', d.type, 'title', d.title, 'url', d.url,
                     'excerpt', ts_headline('relais_french', d.body, q.query, '${headline}')) order by best.score desc, best.title, best.key)
            from best join search_documents as d using (key), q) as hits`,
        [tsquery, type ?? null, limit, offset, grantsParameter(grants), text],
      )
      const byType = rows[0]?.by_type
      if (!byType) continue
      const total = type ? (byType[type] ?? 0) : Object.values(byType).reduce((sum, n) => sum + n, 0)
      const hits: SearchHit[] = (rows[0]?.hits ?? []).map((r) => ({
        key: r.key,
        type: r.type,
        title: r.title,
        url: r.url,
        excerpt: splitHighlights(r.excerpt),
      }))
      return { hits, total, byType }
    }
    return { hits: [], total: 0, byType: {} }
  }

  async suggest({ q, grants, type, limit = 8 }: SearchQuery): Promise<Suggestion[]> {
    if (grants !== 'all' && !grants.length) return []
    const { tsqueries, text } = await this.plans(q, true)
    if (!tsqueries.length) return []
    const { rows } = await this.pool.query<Suggestion>(
      `with ${ranking('$1', '$4', '$5')}, ${page('$2', '$3', '0')}
       select d.type, d.title, d.url from best join search_documents as d using (key) order by best.score desc, best.title, best.key`,
      [tsqueries[0], type ?? null, limit, grantsParameter(grants), text],
    )
    return rows
  }

  async replaceAll(batches: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void) {
    // One transaction: searches keep reading the old entries until the new ones are all in.
    const client = await this.pool.connect()
    let indexed = 0
    try {
      await client.query('begin')
      await client.query('delete from search_documents')
      await client.query('delete from search_words')
      for await (const batch of batches) {
        await this.upsert(batch, client)
        indexed += batch.length
        onProgress?.(indexed)
      }
      await client.query('commit')
    } catch (error) {
      await client.query('rollback')
      throw error
    } finally {
      client.release()
    }
  }

  async isEmpty() {
    const { rows } = await this.pool.query('select 1 from search_documents limit 1')
    return rows.length === 0
  }

  async fingerprints() {
    const { rows } = await this.pool.query<{ key: string; hash: string }>('select key, hash from search_documents')
    return new Map(rows.map((r) => [r.key, r.hash]))
  }
}
