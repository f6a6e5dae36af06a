/**
 * Findability (issue 22): the relevance set of tests/helpers/searchRelevance.ts, on the seeded content (demo
 * content included: it must come last), searched as a commune employee. success@3 ≥ 0.95 and MRR ≥ 0.9 for the
 * PostgreSQL engine always, and for Meilisearch when MEILISEARCH_HOST points at a live server (skipped and said
 * otherwise: no Meilisearch server can be installed on these machines). No timings here: `npm run bench`.
 */
import crypto from 'node:crypto'

import { Meilisearch } from 'meilisearch'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { expectedEntries, rebuildSearchIndex } from '@/search/indexer'
import { MeilisearchEngine } from '@/search/meilisearch/engine'
import { PostgresSearchEngine } from '@/search/postgres/engine'
import type { SearchDocument, SearchEngine } from '@/search/types'
import { bootPayload } from '@tests/helpers/payload'
import { firstRank, relevanceMetrics, relevanceSet, type RelevanceScore } from '@tests/helpers/searchRelevance'

const member = ['members']
let payload: Payload
let indexed: SearchDocument[]

beforeAll(async () => {
  ;({ payload } = await bootPayload({ RELAIS_DEMO: 'on' }))
  await rebuildSearchIndex(payload)
  indexed = []
  for await (const batch of expectedEntries(payload)) indexed.push(...batch)
})

/** Whether the excerpt begins where a sentence of the text does: its start, after a line break, after . ! ? … */
const startsASentence = (body: string, excerpt: string) => {
  const head = excerpt.slice(0, 24)
  const flat = body.replace(/\n/g, ' ') // the excerpt joins its sentences with spaces; the positions stay
  for (let at = flat.indexOf(head); at >= 0; at = flat.indexOf(head, at + 1)) {
    if (at === 0 || body[at - 1] === '\n' || /[.!?…] $/.test(body.slice(Math.max(0, at - 2), at))) return true
  }
  return false
}

function relevance(name: string, engine: () => SearchEngine) {
  const titles = async (q: string) => (await engine().search({ q, grants: member })).hits.map((hit) => hit.title)

  it('names only results that exist in the seeded content', () => {
    const known = new Set(indexed.map((doc) => doc.title))
    const unknown = relevanceSet.flatMap(({ q, expected }) =>
      expected.filter((title) => !known.has(title)).map((title) => `${q} → ${title}`),
    )
    expect(unknown).toEqual([])
    expect(relevanceSet.length).toBeGreaterThanOrEqual(60)
  })

  it(`finds what staff look for: success@3 ≥ 0.95 and MRR ≥ 0.9 (${name})`, async () => {
    const scores: RelevanceScore[] = []
    for (const { q, expected } of relevanceSet) {
      const results = await titles(q)
      scores.push({ q, rank: firstRank(results, expected), results })
    }
    const { successAt3, mrr } = relevanceMetrics(scores)
    const misses = scores
      .filter((s) => s.rank === null || s.rank > 3)
      .map((s) => `« ${s.q} » (rank ${s.rank ?? '—'}): ${s.results.slice(0, 3).join(' | ')}`)
    console.log(`relevance set, ${name}: success@3 ${successAt3.toFixed(3)}, MRR ${mrr.toFixed(3)} over ${scores.length} queries`)
    expect(successAt3, `missed in the first three:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95)
    expect(mrr).toBeGreaterThanOrEqual(0.9)
  })

  describe('the cases of the issue', () => {
    it('« backup » and « ransomware » find the guides that say sauvegarde and rançongiciel', async () => {
      expect((await titles('backup'))[0]).toBe('Sauvegardes et tests de restauration')
      expect(await titles('ransomware')).toContain('Sauvegardes et tests de restauration')
    })

    it('« phishing » and « hameçonnage » are one concept: the same results, the guide first, demo content last', async () => {
      const phishing = await titles('phishing')
      expect(phishing[0]).toBe('Reconnaître le hameçonnage')
      expect([...(await titles('hameçonnage'))].sort()).toEqual([...phishing].sort())
      const demo = phishing.map((title) => title.includes('Exemple — '))
      expect(demo).toEqual([...demo].sort((a, b) => Number(a) - Number(b)))
    })

    it('« sauvegarde » puts the backup guide first and the demo items after every real result', async () => {
      // Every result, not the first page: real content (guides, measures, the watch) may fill it before any demo item.
      const results = (await engine().search({ q: 'sauvegarde', grants: member, limit: 100 })).hits.map((hit) => hit.title)
      expect(results[0]).toBe('Sauvegardes et tests de restauration')
      const firstDemo = results.findIndex((title) => title.includes('Exemple — '))
      expect(firstDemo).toBeGreaterThan(0)
      expect(results.slice(firstDemo).every((title) => title.includes('Exemple — '))).toBe(true)
    })

    it('« que faire en cas de piratage » finds the incident guide first', async () => {
      expect((await titles('que faire en cas de piratage'))[0]).toBe('Que faire en cas de cyberattaque ? La première heure')
    })

    it('« qui pilote la stratégie numérique » finds the FAQ although « numérique » is not in it, after the full matches', async () => {
      expect((await titles('qui pilote la stratégie numérique')).slice(0, 3)).toContain('Qui pilote la stratégie ?')
    })

    it('« exclusion numérique » finds measure 16 (« exclusion digitale ») in the first three', async () => {
      expect((await titles('exclusion numérique')).slice(0, 3)).toContain(
        "Mesure 16 : Points d'attention et bonnes pratiques sur le « comment éviter l'exclusion digitale » interne comme externe",
      )
    })

    it('excerpts start at the start of a sentence, with the matched words highlighted', async () => {
      const bodies = new Map(indexed.map((doc) => [doc.url, doc.text]))
      for (const q of ['restauration', 'hameçonnage', 'mot de passe', 'cyberattaque', 'contrat']) {
        const { hits } = await engine().search({ q, grants: member })
        expect(hits.length).toBeGreaterThan(0)
        for (const hit of hits.slice(0, 5)) {
          const excerpt = hit.excerpt.map((piece) => piece.text).join('')
          if (excerpt.startsWith('… ')) continue // a match beyond the 60th word of one sentence
          expect({ q, title: hit.title, excerpt, starts: startsASentence(bodies.get(hit.url) ?? '', excerpt) }).toMatchObject({
            starts: true,
          })
        }
        expect(hits.some((hit) => hit.excerpt.some((piece) => piece.match))).toBe(true)
      }
    })
  })
}

describe('relevance, PostgreSQL engine', () => {
  let engine: PostgresSearchEngine
  beforeAll(() => {
    engine = new PostgresSearchEngine(poolOf(payload))
  })
  relevance('postgres', () => engine)

  it('marks excerpts sentence by sentence exactly as ts_headline marked each whole text', async () => {
    const pool = poolOf(payload)
    const excerpts = async () => {
      const all: string[] = []
      for (const locale of ['fr', 'de'] as const)
        for (const { q } of relevanceSet) {
          const { hits } = await engine.search({ q, grants: member, locale, limit: 20 })
          all.push(...hits.map((hit) => `${locale} « ${q} » ${hit.key}: ${JSON.stringify(hit.excerpt)}`))
        }
      return all
    }
    const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from search_sentences')
    expect(rows[0]!.n, 'every entry has its sentences').toBe(indexed.length)
    const bySentence = await excerpts()
    expect(bySentence.some((line) => line.includes('"match":true'))).toBe(true)
    // Without the stored sentences the engine marks each whole text, as it did before them.
    await pool.query('create table search_sentences_kept as select * from search_sentences')
    try {
      await pool.query('delete from search_sentences')
      expect(await excerpts()).toEqual(bySentence)
    } finally {
      await pool.query('insert into search_sentences select * from search_sentences_kept')
      await pool.query('drop table search_sentences_kept')
    }
  })
})

const host = process.env.MEILISEARCH_HOST
const apiKey = process.env.MEILISEARCH_API_KEY

describe.skipIf(!host)(
  host
    ? `relevance, Meilisearch engine (${host})`
    : 'relevance, Meilisearch engine — SKIPPED: MEILISEARCH_HOST is not set, no live server to test against',
  () => {
    const index = `relais_relevance_${crypto.randomBytes(4).toString('hex')}`
    let engine: MeilisearchEngine
    beforeAll(async () => {
      engine = new MeilisearchEngine({ host: host!, apiKey, index })
      await engine.replaceAll(expectedEntries(payload))
    })
    afterAll(async () => {
      const client = new Meilisearch({ host: host!, apiKey })
      await client.deleteIndexIfExists(index)
      await client.deleteIndexIfExists(`${index}_next`)
    })
    relevance('meilisearch', () => engine)
  },
)
