import type { Pool, PoolClient } from 'pg'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { staticRankExpression } from '@/migrations/data/searchRankIndex'
import { markClose, markOpen, sentenceExcerpt, sentencesOf } from '@/search/highlights'
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

/**
 * How many rows of the rank index the engine reads, at most, before it turns to the GIN indexes (see `stageSql`).
 * Not bounds on the ranking: the first page and the count are the same whatever these numbers; tests make them
 * small to send every query down the other paths.
 */
export type Scans = {
  /** Looking for the first page's matches in ranking order. */
  rank: number
  /**
   * When the first `rank` rows hold some of the page's title matches (or matches in the text) but not all: read on
   * in ranking order up to this many rows rather than every match through the GIN index, if that is the cheaper
   * at the pace they came (`furtherWorth`): the GIN path reads every match, so its cost grows with the index, while
   * this one depends on how common the words are (« copil » at 500,000 documents: 12,631 title matches read and
   * sorted for the page's 20, where reading on found them in 1,250 rows).
   */
  rankFurther: number
  /**
   * What reading one more row in ranking order costs against reading one match through the GIN index, for the
   * titles (a title scan reads the rank index alone) and for the text (each row's text tsvector is read): 0 to read
   * on whenever the first rows hold a match (the tests' setting).
   */
  furtherTitleCost: number
  furtherTextCost: number
  /**
   * Counting the matches of a common word: a bitmap of the GIN index holds every match before the first is read,
   * which grows with the index (« guichet virtuel » at 500,000 documents: 19,901 matches read for a count that stops
   * at `countCap` + 1); the rank index gives `countCap` + 1 of them in a few thousand rows when they are that common.
   * Up to `count` rows are read so, when the first `countProbe` rows (read first) tell that this is the cheaper way at
   * their pace (`countCost`: what reading one row costs against reading one match through the GIN index; 0 to take
   * this way whenever it can reach the cap, the tests' setting). Rarer words are counted through the GIN index, whose
   * bitmap is then small.
   */
  count: number
  countProbe: number
  countCost: number
}
export const scans: Scans = {
  rank: 1000,
  rankFurther: 8000,
  furtherTitleCost: 0.4,
  furtherTextCost: 0.7,
  count: 12000,
  countProbe: 300,
  countCost: 1.5,
}

/** Up to this many matches, those in the text only are ranked by their text (see `stageSql`); beyond, statically. */
export const textRanked = 200

/**
 * What a title match weighs, whatever the query: its type's weight × (1 + closeness), closeness being 1 for a
 * title of up to three words, else 3 / its number of words ("Reconnaître le hameçonnage" is closer to "phishing"
 * than "Mesure 29 : Organisation de tests de phishing"). The rank index holds this order.
 */
const staticRank = staticRankExpression

/** German entries: `locale` in SQL (the other language of the index is French, the default). */
const german = `'${'de' satisfies Locale}'`
const french = `'${defaultLocale}'`

/**
 * `d.<column>` matches the query `q.<name>` stemmed in the entry's own language: French entries the query as
 * French stems it (`q.<name>`), German ones as German does (`q.<name>_de`). Two index conditions in one OR, so the
 * GIN index still answers it.
 */
const hit = (column: 'search' | 'title_search', name: 'query' | 'exclude', d = 'd') =>
  `((${d}.locale = ${german} and ${d}.${column} @@ q.${name}_de) or (${d}.locale <> ${german} and ${d}.${column} @@ q.${name}))`

/** The same choice for what is computed row by row (rank, excerpt, terms): the query in the entry's language. */
const own = (name: 'query' | 'terms') => `(case when d.locale = ${german} then q.${name}_de else q.${name} end)`

/**
 * The first `rows` rows of `search_documents` in ranking order, read through the rank index (migration
 * `search_rank_index`, src/migrations/data/searchRankIndex.ts) rather than by a bitmap scan that would read every
 * match before sorting them. `titlesOnly`: without the text's tsvector, so that the scan reads the rank index alone,
 * which includes every other column here (migration `search_rank_index_covering`), not each entry's row.
 */
const inRankOrder = (rows: number, { titlesOnly = false } = {}) => `(
      select d.key, d.demo, d.type, d.visibility, d.locale, d.translated, d.title_search,${titlesOnly ? '' : ' d.search,'} ${staticRank('d')} as rk
      from search_documents as d order by d.demo, ${staticRank('d')} desc, d.key limit ${rows}
    )`

/** How many entries the index holds, as PostgreSQL estimates it (no count of the table). */
const tableSize = `(select greatest(reltuples, 0) from pg_class where oid = 'search_documents'::regclass)`

/**
 * Any word of a tsquery, as a tsquery: `'sauvegard' | 'backup' | 'copi' & 'securit'` gives `'sauvegard' | 'backup' |
 * 'copi' | 'securit'`. `ts_headline` marks every word of the text that is one of the query's, whatever the operators
 * between them: a sentence needs marking when it holds any of them. (The lexemes are taken from the query's text,
 * quoted as PostgreSQL writes them, prefix marks kept, and cast back without being stemmed again.)
 */
const anyWord = (tsquery: string) =>
  `(select string_agg(m[1], ' | ')::tsquery from regexp_matches((${tsquery})::text, '(''(?:[^'']|'''')+''(?::\\*)?)', 'g') as m)`

/**
 * The whole text of a result, one sentence per line, the query's words marked (`sentenceExcerpt` then chooses the
 * sentence). Only the sentences whose tsvector (stored at indexing, `search_sentences`) holds a query word go through
 * `ts_headline`: the others need no marks, and parsing every word of each result's text was 4–5 ms of every search
 * at 50,000 documents. An entry without its sentences (an index from before them) is marked whole, as it was.
 */
const excerpt = `coalesce(
        (select string_agg(case
            when d.locale = ${german} and u.vector @@ q.marks_de then ts_headline('relais_german', u.sentence, q.marks_de, '${headline}')
            when d.locale <> ${german} and u.vector @@ q.marks then ts_headline('relais_french', u.sentence, q.marks, '${headline}')
            else u.sentence end, E'\\n' order by u.n)
         from search_sentences as x, unnest(x.sentences, x.vectors) with ordinality as u(sentence, vector, n)
         where x.key = d.key),
        case when d.locale = ${german} then ts_headline('relais_german', d.body, q.query_de, '${headline}')
          else ts_headline('relais_french', d.body, q.query, '${headline}') end)`

/**
 * One stage of a search: the documents matching `tsquery` (and not `exclude`, the stages before), in this order:
 *
 *   demo content last; then the titles that have every term, before the matches in the text only; titles by
 *   their static rank (`staticRank`: a guide before an event, a short title before a long one); matches in the
 *   text by weight × (coverage × (1 + closeness) + ts_rank), `coverage` being the share of the terms the title
 *   has, when there are at most `textRanked` matches, and by the static rank beyond (reading the text of
 *   hundreds of matches to rank them costs more than the whole search); then the key.
 *
 * The first page is exactly the one a sort of every match in that order gives, for any corpus (the bench checks
 * it against `exhaustive`), without reading every match when they are many:
 * - the matches are counted up to `countCap` + 1 (« plus de 200 »): from the first `scan.count` rows of the rank
 *   index when a word is that common and that is the cheaper (its first `scan.countProbe` rows tell); from the title
 *   matches when every one was read and they are that many; else through the text's GIN index;
 *   when there are no more, they are all in hand and ranked as they are;
 * - title matches: the first page's worth in ranking order from the first `scan.rank` rows of the rank index (a
 *   btree in exactly that order), which meets them early when they are many; if they hold some but too few,
 *   reading on up to `scan.rankFurther` rows when that is cheaper than the GIN path at the pace they came
 *   (`furtherWorth`); else, or if that still holds too few (rare words, or matches crowded at the end of the
 *   order, as meetings' titles are), every title match through the title's GIN index, sorted;
 * - matches in the text only, beyond the count's cap and when titles do not fill the page, likewise: the rank
 *   index first, then further in it, every one of them if that holds too few.
 * The tsqueries come from a materialized CTE so that the planner cannot estimate them: otherwise it takes @@ row
 * by row for cheap and often picks a sequential scan.
 *
 * `exhaustive` (the bench's and the tests' reference): every match counted and ranked, no index order.
 */
export const stageSql = (visible: string, withExcerpts: boolean, exhaustive = false, scan: Scans = scans) => {
  const terms = '$7::text[]'
  const cap = exhaustive ? 'all' : String(countCap + 1)
  // The k matches of the probe's p rows call for (countCap + 1) × p / k rows of the rank index, at most `scan.count`; the
  // GIN index would read about k × (the index's size) / p matches.
  const found = '(select found from count_probe)'
  const countWorth = `${found} > 0 and ${countCap + 1} * ${scan.countProbe} <= ${found} * ${scan.count}
      and ${found} ^ 2 * ${tableSize} > ${countCap + 1} * ${scan.countProbe} ^ 2 * ${scan.countCost}`
  const filled = '((select count(*) from title_in_rank_order) >= $5::int + $6::int)'
  const furtherFilled = '((select count(*) from title_further) >= $5::int + $6::int)'
  // Reading on in ranking order, the k matches the first `scan.rank` rows held call for (limit + offset) × rank / k
  // more rows; the GIN path reads all the matches, about k × (the index's size) / rank of them.
  const furtherWorth = (scanned: string, costRatio: number) =>
    `(select count(*) from ${scanned}) ^ 2 * ${tableSize}
        > ($5::int + $6::int) * ${scan.rank} ^ 2 * ${costRatio}`
  // Every title match is in `title_all` when it is read; a title match is a match of the text too (`search` holds the
  // title's words, and queries have no negation): more than the cap there, the count is capped without the text's
  // GIN index, whose bitmap would hold every match of the words (« séance du comité technique » at 500,000 documents:
  // 26,480, for a count that stops at 201).
  const titlesCapped = `(not ${exhaustive} and (select count(*) from title_all) > ${countCap})`
  const countedByTitles = `(${titlesCapped} and $3::text is null)`
  const textFurtherFilled = '((select count(*) from text_further) >= $5::int + $6::int)'
  const titlesShort = '((select count(*) from titles where not demo) < $5::int + $6::int)'
  // None of the probe's first rows matched and the titles do not fill the page: the page will most likely be cut
  // from every match in the text, read through its GIN index (`text_all`), so they are read once, for the count
  // too, rather than once for a count that stops at the cap and again to rank them (« inventaire imprimantes
  // serveurs » at 500,000 documents: 3,872 matches in the text only, none in the rank index's first rows).
  const textWhole = `(not ${exhaustive} and (select found from count_probe) = 0 and not ${countedByTitles} and ${titlesShort})`
  const matching = `(q.exclude is null or not ${hit('search', 'exclude')}) and ${visible} and ($3::text is null or d.type = $3)`
  // For the title scans, which read the rank index alone: the text's tsvector is read only in the stages that exclude.
  const titleMatching = `(case when q.exclude is null then true else not exists (
      select 1 from search_documents as e where e.key = d.key and ${hit('search', 'exclude', 'e')}) end) and ${visible} and ($3::text is null or d.type = $3)`
  return `
  with q as materialized (
    select to_tsquery('relais_french', $1) as query, to_tsquery('relais_german', $1) as query_de,
      case when $2::text is null then null else to_tsquery('relais_french', $2) end as exclude,
      case when $2::text is null then null else to_tsquery('relais_german', $2) end as exclude_de,
      array(select to_tsquery('relais_french', t) from unnest(${terms}) as t) as terms,
      array(select to_tsquery('relais_german', t) from unnest(${terms}) as t) as terms_de,
      ${anyWord("to_tsquery('relais_french', $1)")} as marks,
      ${anyWord("to_tsquery('relais_german', $1)")} as marks_de
  ),
  title_in_rank_order as materialized (
    select d.key, d.demo, d.rk from q, ${inRankOrder(scan.rank, { titlesOnly: true })} as d
    where not ${exhaustive} and ${hit('title_search', 'query')} and ${titleMatching}
    limit $5::int + $6::int
  ),
  title_further as materialized (
    select d.key, d.demo, d.rk from q, ${inRankOrder(scan.rankFurther, { titlesOnly: true })} as d
    where not ${exhaustive} and not ${filled}
      and ${furtherWorth('title_in_rank_order', scan.furtherTitleCost)}
      and ${hit('title_search', 'query')} and ${titleMatching}
    limit $5::int + $6::int
  ),
  title_all as materialized (
    select d.key, d.demo, ${staticRank('d')} as rk, d.type from q, search_documents as d
    where not ${filled} and not ${furtherFilled} and ${hit('title_search', 'query')} and ${matching}
  ),
  titles as materialized (
    select * from title_in_rank_order where ${filled}
    union all select * from title_further where ${furtherFilled}
    union all select key, demo, rk from title_all
  ),
  count_probe as materialized (
    select count(*) as found from q, ${inRankOrder(scan.countProbe)} as d
    where not ${exhaustive} and not ${countedByTitles} and ${hit('search', 'query')} and (q.exclude is null or not ${hit('search', 'exclude')}) and ${visible}
  ),
  counted_in_rank_order as materialized (
    select d.key, d.type, d.demo, d.rk, ${hit('title_search', 'query')} as titled from q, ${inRankOrder(scan.count)} as d
    where ${countWorth} and not ${countedByTitles} and ${hit('search', 'query')} and (q.exclude is null or not ${hit('search', 'exclude')}) and ${visible}
    limit ${cap}
  ),
  text_whole as materialized (
    select d.key, d.type, d.demo, ${staticRank('d')} as rk, ${hit('title_search', 'query')} as titled from q, search_documents as d
    where ${textWhole} and ${hit('search', 'query')} and (q.exclude is null or not ${hit('search', 'exclude')}) and ${visible}
  ),
  counted as materialized (
    select * from counted_in_rank_order where (select count(*) from counted_in_rank_order) > ${countCap}
    union all (
      select key, type, demo, rk, true from title_all where ${countedByTitles}
      limit ${cap}
    )
    union all (
      select * from text_whole
      limit ${cap}
    )
    union all (
      select d.key, d.type, d.demo, ${staticRank('d')} as rk, ${hit('title_search', 'query')} as titled from q, search_documents as d
      where (select count(*) from counted_in_rank_order) <= ${countCap} and not ${countedByTitles} and not ${textWhole}
        and ${hit('search', 'query')} and (q.exclude is null or not ${hit('search', 'exclude')}) and ${visible}
      limit ${cap}
    )
  ),
  typed as materialized (
    select * from counted where $3::text is null
    union all (
      select key, type, demo, rk, true from title_all where ${titlesCapped} and $3::text is not null
      limit ${cap}
    )
    union all (
      select * from text_whole where $3::text is not null and not ${titlesCapped} and type = $3
      limit ${cap}
    )
    union all (
      select d.key, d.type, d.demo, ${staticRank('d')}, ${hit('title_search', 'query')} from q, search_documents as d
      where $3::text is not null and not ${titlesCapped} and not ${textWhole} and ${hit('search', 'query')} and ${matching}
      limit ${cap}
    )
  ),
  text_many as materialized (
    select d.key, d.demo, d.rk from q, ${inRankOrder(scan.rank)} as d
    where (select count(*) from typed) > ${countCap} and not ${exhaustive} and not ${textWhole} and ${titlesShort}
      and ${hit('search', 'query')} and not ${hit('title_search', 'query')} and ${matching}
    limit $5::int + $6::int
  ),
  text_further as materialized (
    select d.key, d.demo, d.rk from q, ${inRankOrder(scan.rankFurther)} as d
    where (select count(*) from typed) > ${countCap} and not ${exhaustive} and not ${textWhole} and ${titlesShort}
      and (select count(*) from text_many) < $5::int + $6::int and ${furtherWorth('text_many', scan.furtherTextCost)}
      and ${hit('search', 'query')} and not ${hit('title_search', 'query')} and ${matching}
    limit $5::int + $6::int
  ),
  text_all as materialized (
    select key, demo, rk from text_whole
    where (select count(*) from typed) > ${countCap} and not titled and ($3::text is null or type = $3)
    union all
    select d.key, d.demo, ${staticRank('d')} as rk from q, search_documents as d
    where (select count(*) from typed) > ${countCap} and not ${exhaustive} and not ${textWhole} and ${titlesShort}
      and (select count(*) from text_many) < $5::int + $6::int
      and not ${textFurtherFilled}
      and ${hit('search', 'query')} and not ${hit('title_search', 'query')} and ${matching}
  ),
  text_few as materialized (
    select t.key, t.demo, d.weight * (s.coverage * (1 + least(1, s.coverage * cardinality(q.terms) / greatest(1, length(d.title_search))))
        + ts_rank('{0.1,0.2,0.4,1}', d.search, ${own('query')}, 1)) as rk
    from q, typed as t join search_documents as d using (key),
      lateral (
        select (select count(*) from unnest(${own('terms')}) as term where d.title_search @@ term)::real / greatest(1, cardinality(q.terms)) as coverage
      ) as s
    where not t.titled and (select count(*) from typed) <= ${textRanked}
  ),
  text_ranked_statically as materialized (
    select key, demo, rk from typed where not titled and (select count(*) from typed) > ${textRanked}
      and ((select count(*) from typed) <= ${countCap} or ${exhaustive})
  ),
  candidates as (
    select key, demo, true as titled, rk from titles
    union all select key, demo, false, rk from text_few
    union all select key, demo, false, rk from text_many where (select count(*) from text_many) >= $5::int + $6::int
    union all select key, demo, false, rk from text_further where ${textFurtherFilled}
    union all select key, demo, false, rk from text_all
    union all select key, demo, false, rk from text_ranked_statically
  ),
  page as (select * from candidates order by demo, titled desc, rk desc, key limit $5 offset $6)
  select
    (select json_object_agg(type, n) from (select type, count(*) as n from counted group by type) as counts) as by_type,
    (select count(*) from counted)::int as counted,
    (select count(*) from typed)::int as typed,
    (select json_agg(json_build_object('key', d.key, 'type', d.type, 'title', d.title, 'url', d.url, 'locale', d.locale
       ${withExcerpts ? `, 'excerpt', ${excerpt}` : ''})
       order by p.demo, p.titled desc, p.rk desc, p.key)
     from page as p join search_documents as d using (key), q) as hits`
}

type Stage = {
  tsquery: string
  /** One tsquery per term, for the title's coverage. */
  terms: string[]
  exclude: string | null
  /** The query's words as typed, for the excerpt. */
  typed: string[]
  type?: SearchType
  grants: Grants
  locale: Locale
  limit: number
  offset: number
}
type StageResult = { hits: SearchHit[]; total: number; capped: boolean; byType: Partial<Record<SearchType, number>> }

/**
 * What the reader may find: the entries their grants open, in their language (`locale`): French readers the French
 * entries; German readers the German ones and the French entries of documents without German, as the pages show
 * them. Staff (`all`) get a statement of their own, without the grants' filter (`$4`, then null, named only so that
 * the statement types it). A single statement's `$4 is null or visibility = any($4)` is a filter the GIN indexes on
 * (tsvector, visibility) cannot take: each stage read from the table every match, then dropped those the reader may
 * not see (migration `search_grants_in_gin`).
 */
const visible = (reader: 'staff' | 'granted', locale: string) =>
  `${reader === 'staff' ? '$4::text[] is null' : 'visibility = any($4::text[])'} and (locale = ${locale}::text or (locale = ${french} and not translated))`
const grantsParameter = (grants: Grants) => (grants === 'all' ? null : grants)

type Row = { key: string; type: SearchType; title: string; url: string; locale: Locale; excerpt?: string }

const columns = [
  'key',
  'collection',
  'doc_id',
  'type',
  'title',
  'body',
  'url',
  'visibility',
  'hash',
  'weight',
  'demo',
  'locale',
  'translated',
] as const
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
  locale: 'text',
  translated: 'boolean',
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
      locale: d.locale,
      translated: d.translated,
      sentences: sentencesOf(d.text),
    })),
  )

/**
 * The embedded engine: `search_documents` holds a stored tsvector (French snowball over unaccent, title
 * weighted A) under a GIN index; `search_words` is the index's vocabulary, under a trigram index, from which
 * misspelt words get their corrections. Schema: migration `search`.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const

  /**
   * `scans`: see `Scans`; `exhaustive`: count and rank every match (the bench's reference for the first
   * page, and nothing else: it reads every match).
   */
  constructor(
    private readonly pool: Pool,
    private readonly options: { scans?: Scans; exhaustive?: boolean } = {},
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
    // Each sentence's tsvector in the entry's language, as `search` is (the excerpts mark only those that match).
    await db.query(
      `insert into search_sentences (key, sentences, vectors)
       select d.key, d.sentences, array(
           select case when d.locale = ${german} then to_tsvector('relais_german', s) else to_tsvector('relais_french', s) end
           from unnest(d.sentences) with ordinality as u(s, n) order by n)
       from jsonb_to_recordset($1::jsonb) as d(key text, locale text, sentences text[])
       on conflict (key) do update set sentences = excluded.sentences, vectors = excluded.vectors`,
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

  private async stage(
    { tsquery, exclude, terms, typed, type, grants, locale, limit, offset }: Stage,
    withExcerpts = true,
  ): Promise<StageResult> {
    const exhaustive = Boolean(this.options.exhaustive)
    const scan = this.options.scans ?? scans
    const { rows } = await this.pool.query<{
      by_type: Partial<Record<SearchType, number>> | null
      counted: number
      typed: number
      hits: Row[] | null
    }>({
      // Prepared once per connection: planning this statement costs about as much as running it for a rare word.
      name: `relais-search-stage-${withExcerpts ? 'e' : 'n'}${exhaustive ? 'x' : ''}${grants === 'all' ? 'a' : ''}-${Object.values(scan).join('-')}`,
      text: stageSql(visible(grants === 'all' ? 'staff' : 'granted', '$8'), withExcerpts, exhaustive, scan),
      values: [tsquery, exclude, type ?? null, grantsParameter(grants), limit, offset, terms, locale],
    })
    const row = rows[0]!
    const found = type ? row.typed : row.counted
    return {
      hits: (row.hits ?? []).map((r) => ({
        key: r.key,
        type: r.type,
        title: r.title,
        url: r.url,
        locale: r.locale,
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
    const { q, grants, type, locale = defaultLocale, limit = 20, offset = 0 } = query
    const terms = termsOf(q, { lastIsPrefix, locale })
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
          locale,
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
    return hits.map(({ type, title, url, locale }) => ({ type, title, url, locale }))
  }

  async replaceAll(batches: AsyncIterable<SearchDocument[]>, onProgress?: (indexed: number) => void) {
    // One transaction: searches keep reading the old entries until the new ones are all in.
    const client = await this.pool.connect()
    let indexed = 0
    try {
      await client.query('begin')
      // The sentences first: the cascade from the documents would delete them one by one.
      await client.query('delete from search_sentences')
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
    // The GIN indexes, filled entry by entry after every old entry was deleted, came out three times slower to
    // read than built anew (500,000 documents after 50,000: a word's 28,767 entries in 87–105 ms against 30; the
    // bench's p95 198 ms, 62 after this). Rebuilt concurrently: searches and writes go on meanwhile.
    const { rows } = await this.pool.query<{ index: string }>(
      `select i.indexrelid::regclass::text as index from pg_index as i join pg_class as c on c.oid = i.indexrelid
       join pg_am as a on a.oid = c.relam where i.indrelid = 'search_documents'::regclass and a.amname = 'gin'`,
    )
    for (const { index } of rows) await this.pool.query(`reindex index concurrently ${index}`)
    // Every old entry is now a dead row, which autovacuum would clear later, while searches run (at 500,000 entries,
    // a minute of searches twice as slow, docs/performance.md); and the planner's statistics describe the old index.
    await this.pool.query('vacuum analyze search_documents, search_sentences, search_words')
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
