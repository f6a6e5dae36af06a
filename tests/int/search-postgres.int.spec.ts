import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { PostgresSearchEngine, scans } from '@/search/postgres/engine'
import { countCap, type SearchDocument, type SearchType } from '@/search/types'
import { benchCorpus } from '@scripts/bench/corpus'
import { benchQueries } from '@scripts/bench/search'
import { bootPayload } from '@tests/helpers/payload'
import { searchBehaviour } from '@tests/helpers/searchBehaviour'

/** The embedded engine on the real PostgreSQL, with the schema the migrations create. */
describe('PostgreSQL search engine', () => {
  let engine: PostgresSearchEngine
  let pool: ReturnType<typeof poolOf>
  beforeAll(async () => {
    const { payload } = await bootPayload()
    pool = poolOf(payload)
    engine = new PostgresSearchEngine(pool)
  })
  searchBehaviour(() => engine)

  it('leaves its tables vacuumed and analysed after a rebuild: no dead rows left for autovacuum while people search', async () => {
    await engine.replaceAll((async function* () {})())
    const { rows } = await pool.query<{ relname: string; vacuumed: boolean; analysed: boolean }>(
      `select relname, last_vacuum is not null as vacuumed, last_analyze is not null as analysed from pg_stat_user_tables
       where relname = any($1::text[]) order by relname`,
      [['search_documents', 'search_sentences', 'search_words']],
    )
    expect(rows).toEqual(
      ['search_documents', 'search_sentences', 'search_words'].map((relname) => ({ relname, vacuumed: true, analysed: true })),
    )
  })

  /**
   * The bench's corpus, whose titles repeat hundreds of times and whose commonest words are in more documents than
   * the count's cap: the engine finds the first page through the rank index or a few hundred rows, and it must be
   * the page a sort of every match gives. Scans of the rank index cut short send every query down the GIN paths, or further along the rank index.
   */
  describe('the first page, over thousands of look-alike titles', () => {
    const corpus: SearchDocument[] = []
    beforeAll(async () => {
      for await (const batch of benchCorpus({ size: 6_000, batchSize: 1_000 })) {
        await engine.upsert(batch)
        corpus.push(...batch)
      }
      await pool.query('analyze search_documents')
    })
    afterAll(() => engine.remove(corpus.map((doc) => doc.key)))

    it('is the one a ranking of every match gives, whatever path finds it, on every page and with a type filter', async () => {
      const exhaustive = new PostgresSearchEngine(pool, { exhaustive: true })
      const shortScans = new PostgresSearchEngine(pool, {
        scans: { ...scans, rank: 30, rankFurther: 60, count: 60, countProbe: 10, countCost: 0 },
      })
      // Reading on in ranking order whenever the first rows hold a match, however small the index.
      const readingOn = new PostgresSearchEngine(pool, {
        scans: { ...scans, rank: 30, rankFurther: 300, furtherTitleCost: 0, furtherTextCost: 0 },
      })
      const grants = ['members', 'commune:12']
      const titleWords = ['mesure', 'guide pratique']
      const cases: { q: string; type?: SearchType; offset: number }[] = [
        ...benchQueries.map((q) => ({ q, offset: 0 })),
        ...['sauvegarde', 'séance du comité technique', 'horodatage'].map((q) => ({ q, offset: 20 })),
        ...['sauvegarde', 'mot de passe', 'formation'].flatMap((q) =>
          (['seance', 'guide'] as const).map((type) => ({ q, type, offset: 0 })),
        ),
        // Words in more titles than the count's cap: counted by their title matches alone when every one is read.
        ...titleWords.flatMap((q) => [
          { q, offset: 0 },
          { q, offset: 20 },
          { q, type: 'mesure' as const, offset: 0 },
        ]),
      ]
      const { rows } = await pool.query<{ n: number }>(
        `select count(*)::int as n from search_documents where title_search @@ to_tsquery('relais_french', $1) and visibility = any($2)`,
        [titleWords[0], grants],
      )
      expect(rows[0]!.n, 'a word must be in more titles than the count’s cap').toBeGreaterThan(countCap)
      const differing: string[] = []
      let capped = 0
      for (const { q, type, offset } of cases) {
        const query = { q, type, grants, limit: 20, offset }
        const expected = await exhaustive.search(query)
        if (expected.capped) capped++
        for (const [name, tried] of [
          ['engine', engine],
          ['short scans', shortScans],
          ['reading on', readingOn],
        ] as const) {
          const found = await tried.search(query)
          const keys = (results: typeof found) => results.hits.map((hit) => hit.key).join()
          const label = `${name}: « ${q} »${type ? ` (${type})` : ''} from ${offset}`
          if (keys(found) !== keys(expected)) differing.push(label)
          if (found.total !== expected.total || Boolean(found.capped) !== Boolean(expected.capped)) {
            differing.push(
              `${label}: counted ${found.total}${found.capped ? '+' : ''}, expected ${expected.total}${expected.capped ? '+' : ''}`,
            )
          }
        }
      }
      expect(differing).toEqual([])
      expect(capped, 'some queries must have more matches than the count’s cap').toBeGreaterThan(5)
    })
  })
})
