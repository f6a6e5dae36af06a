import crypto from 'node:crypto'

import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, describe } from 'vitest'

import { MeilisearchEngine } from '@/search/meilisearch/engine'
import { searchBehaviour } from '@tests/helpers/searchBehaviour'

const host = process.env.MEILISEARCH_HOST
const apiKey = process.env.MEILISEARCH_API_KEY

/**
 * The same behaviour as the PostgreSQL engine, against a live Meilisearch. No Meilisearch server can be
 * installed on these machines (not on npm nor in Debian), so without MEILISEARCH_HOST these tests are skipped
 * and the run's summary says so; the engine is never faked.
 */
describe.skipIf(!host)(
  host
    ? `Meilisearch search engine (${host})`
    : 'Meilisearch search engine — SKIPPED: MEILISEARCH_HOST is not set, no live server to test against',
  () => {
    const index = `relais_test_${crypto.randomBytes(4).toString('hex')}`
    let engine: MeilisearchEngine
    beforeAll(() => {
      engine = new MeilisearchEngine({ host: host!, apiKey, index })
    })
    afterAll(async () => {
      const client = new Meilisearch({ host: host!, apiKey })
      await client.deleteIndexIfExists(index)
      await client.deleteIndexIfExists(`${index}_next`)
    })
    searchBehaviour(() => engine)
  },
)
