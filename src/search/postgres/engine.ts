import type { Pool, PoolClient } from 'pg'

import { markClose, markOpen, sentenceExcerpt } from '@/search/highlights'
import {
  countCap,
  type Grants,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResults,
  type SearchType,
  type Suggestion,
} from '@/search/types'

import { correctable, type Mode, type Term, termsOf, toTsquery } from './tsquery'

type Queryable = Pick<Pool, 'query'> | PoolClient

// The whole text, every match marked: the excerpt is cut from it at a sentence start (sentenceExcerpt).
const headline = `StartSel=${markOpen}, StopSel=${markClose}, HighlightAll=true`

/** Title matches and text matches looked at per stage, at most: the ranking's bound (see `stage`). */
export const candidatesPerStage = 300

/**
 * One stage of a search: the documents matching `tsquery` (and not `exclude`, the stages before), ranked:
 *
 *   demo content last, then by score = weight × ( coverage × (1 + closeness) [+ ts_rank] )
 *
 * with `weight` the type's weight (vocabulary.ts), `coverage` the share of the terms the title has (1 when it
 * has them all, synonyms included), `closeness` the share of the title's words that are terms ("Reconnaître le
 * hameçonnage" is closer to "phishing" than "Mesure 29 : Organisation de tests de phishing"), read from the
 * title's tsvector, no text compared; for a match in the text only, ts_rank over title (A) and text (B) divided
 * by the length. A title with every term ranks above a match in the text alone; equal scores keep the index's
 * order.
 *
 * Bounded: the ranking looks at no more than `candidates` title matches (found through the title's own GIN
 * index), and at text matches only when the title matches do not fill the page. Counts stop at `countCap` + 1
 * (« plus de 1 000 »). The work per query therefore stops growing with the index: a page needs a few hundred
 * rows read, whether the word is in 50 documents or 50,000. The tsqueries come from a materialized CTE so that
 * the planner cannot estimate them: otherwise it takes @@ row by row for cheap and often picks a sequential scan.
 */
export const stageSql = (visible: string, withExcerpts: boolean) => `
  with q as materialized (
    select to_tsquery('relais_french', $1) as query,
      case when $2::text is null then null else to_tsquery('relais_french', $2) end as exclude,
      array(select to_tsquery('relais_french', t) from unnest($8::text[]) as t) as terms
  ),
  counted as materialized (
    select d.key, d.type, d.title_search @@ q.query as titled from q, search_documents as d
    where d.search @@ q.query and (q.exclude is null or not d.search @@ q.exclude) and ${visible}
    limit ${countCap + 1}
  ),
  typed as materialized (
    select 1 from q, search_documents as d
    where d.type = $3 and d.search @@ q.query and (q.exclude is null or not d.search @@ q.exclude) and ${visible}
    limit case when $3::text is null then 0 else ${countCap + 1} end
  ),
  in_title as materialized (
    select d.key from q, search_documents as d
    where d.title_search @@ q.query and (q.exclude is null or not d.search @@ q.exclude) and ${visible}
      and ($3::text is null or d.type = $3)
    limit greatest($7::int, $5::int + $6::int)
  ),
  in_text as materialized (
    select c.key from counted as c join search_documents as d using (key)
    where not c.titled and ($3::text is null or d.type = $3)
    limit case when (select count(*) from in_title) >= $5::int + $6::int then 0 else greatest($7::int, $5::int + $6::int) end
  ),
  ranked as (
    select d.key, d.ctid, d.type, d.title, d.url, d.demo,
      d.weight * (s.coverage * (1 + least(1, s.coverage * cardinality(q.terms) / greatest(1, length(d.title_search)))) + s.rank) as score
    from q, (select key from in_title union all select key from in_text) as c
      join search_documents as d using (key)
      left join in_title as t using (key),
      lateral (
        select
          case when t.key is not null then 1
            else (select count(*) from unnest(q.terms) as term where d.title_search @@ term)::real / greatest(1, cardinality(q.terms)) end as coverage,
          case when t.key is not null then 0 else ts_rank('{0.1,0.2,0.4,1}', d.search, q.query, 1) end as rank
      ) as s
  ),
  page as (select * from ranked order by demo, score desc, ctid limit $5 offset $6)
  select
    (select json_object_agg(type, n) from (select type, count(*) as n from counted group by type) as counts) as by_type,
    (select count(*) from counted)::int as counted,
    (select count(*) from typed)::int as typed,
    (select json_agg(json_build_object('key', p.key, 'type', p.type, 'title', p.title, 'url', p.url
       ${withExcerpts ? `, 'excerpt', ts_headline('relais_french', d.body, q.query, '${headline}')` : ''})
       order by p.demo, p.score desc, p.ctid)
     from page as p join search_documents as d using (key), q) as hits`

type Stage = {
  tsquery: string
  exclude: string | null
  /** One tsquery per term, for the title's coverage. */
  terms: string[]
  /** The query's words as typed, for the excerpt. */
  typed: string[]
  type?: SearchType
  grants: Grants
  limit: number
  offset: number
}
type StageResult = { hits: SearchHit[]; total: number; capped: boolean; byType: Partial<Record<SearchType, number>> }

/** Staff (`all`) pass null: no filter. */
const visible = (grants: string) => `(${grants}::text[] is null or visibility = any(${grants}::text[]))`
const grantsParameter = (grants: Grants) => (grants === 'all' ? null : grants)

type Row = { key: string; type: SearchType; title: string; url: string; excerpt?: string }

const columns = ['key', 'collection', 'doc_id', 'type', 'title', 'body', 'url', 'visibility', 'hash', 'weight', 'demo'] as const
const columnTypes: Record<(typeof columns)[number], string> = {
  key: 'text',
  collection: 'text',
  doc_id: 'text',
  type: 'text',
  title: 'text',
  body: 'text',
  url: 'text',
  visibility: 'text',
  hash: 'text',
  weight: 'real',
  demo: 'boolean',
}

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
      weight: d.weight,
      demo: d.demo,
    })),
  )

/**
 * The embedded engine: `search_documents` holds a stored tsvector (French snowball over unaccent, title
 * weighted A) under a GIN index; `search_words` is the index's vocabulary, under a trigram index, from which
 * misspelt words get their corrections. Schema: migration `search`.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const

  /** `candidates`: the ranking's bound per stage (the bench compares it with an unbounded ranking). */
  constructor(
    private readonly pool: Pool,
    private readonly options: { candidates: number } = { candidates: candidatesPerStage },
  ) {}

  async upsert(documents: SearchDocument[], db: Queryable = this.pool) {
    if (!documents.length) return
    const rows = asRows(documents)
    const assignments = columns.filter((c) => c !== 'key').map((c) => `${c} = excluded.${c}`)
    await db.query(
      `insert into search_documents (${columns.join(', ')})
       select ${columns.join(', ')} from jsonb_to_recordset($1::jsonb) as d(${columns.map((c) => `${c} ${columnTypes[c]}`).join(', ')})
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
    const candidates = correctable(terms).map((t) => t.words[0]!)
    const prefixes = correctable(terms)
      .filter((t) => t.prefix)
      .map((t) => t.words[0]!)
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

  private async stage({ tsquery, exclude, terms, typed, type, grants, limit, offset }: Stage, withExcerpts = true): Promise<StageResult> {
    const { rows } = await this.pool.query<{
      by_type: Partial<Record<SearchType, number>> | null
      counted: number
      typed: number
      hits: Row[] | null
    }>(stageSql(visible('$4'), withExcerpts), [
      tsquery,
      exclude,
      type ?? null,
      grantsParameter(grants),
      limit,
      offset,
      this.options.candidates,
      terms,
    ])
    const row = rows[0]!
    const found = type ? row.typed : row.counted
    return {
      hits: (row.hits ?? []).map((r) => ({
        key: r.key,
        type: r.type,
        title: r.title,
        url: r.url,
        excerpt: r.excerpt === undefined ? [] : sentenceExcerpt(r.excerpt, { typed }),
      })),
      total: Math.min(found, countCap),
      capped: found > countCap,
      byType: row.by_type ?? {},
    }
  }

  /**
   * Documents with every term first; then, when they are fewer than the cap, those missing one term (any term
   * of two), ranked after them; then, if still nothing, those with any term. The page is cut from that list.
   */
  private async ranked(query: SearchQuery, lastIsPrefix: boolean, withExcerpts: boolean): Promise<SearchResults> {
    const { q, grants, type, limit = 20, offset = 0 } = query
    const terms = termsOf(q, { lastIsPrefix })
    if (!terms.length || (grants !== 'all' && !grants.length)) return { hits: [], total: 0, byType: {} }
    const corrections = await this.corrections(terms)
    const perTerm = terms.map((term) => toTsquery([term], corrections))
    const modes: Mode[] = terms.length > 1 ? ['all', 'most', 'any'] : ['all']
    const result: SearchResults = { hits: [], total: 0, byType: {} }
    const before: string[] = []
    for (const mode of modes) {
      if (result.capped || (mode === 'any' && (result.total > 0 || terms.length < 3))) break
      const tsquery = toTsquery(terms, corrections, mode)
      const shown = result.hits.length
      const stage = await this.stage(
        {
          tsquery,
          exclude: before.length ? before.map((text) => `(${text})`).join(' | ') : null,
          terms: perTerm,
          typed: q.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
          type,
          grants,
          limit: limit - shown,
          offset: Math.max(0, offset - result.total),
        },
        withExcerpts,
      )
      before.push(tsquery)
      result.hits.push(...stage.hits)
      result.capped = stage.capped || result.total + stage.total > countCap
      result.total = Math.min(countCap, result.total + stage.total)
      for (const [kind, n] of Object.entries(stage.byType) as [SearchType, number][]) result.byType[kind] = (result.byType[kind] ?? 0) + n
    }
    if (!result.capped) delete result.capped
    return result
  }

  search(query: SearchQuery): Promise<SearchResults> {
    return this.ranked(query, false, true)
  }

  async suggest(query: SearchQuery): Promise<Suggestion[]> {
    const { hits } = await this.ranked({ ...query, limit: query.limit ?? 8, offset: 0 }, true, false)
    return hits.map(({ type, title, url }) => ({ type, title, url }))
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
