import { beforeAll, describe } from 'vitest'

import { poolOf } from '@/db/pool'
import { PostgresSearchEngine } from '@/search/postgres/engine'
import { bootPayload } from '@tests/helpers/payload'
import { searchBehaviour } from '@tests/helpers/searchBehaviour'

/** The embedded engine on the real PostgreSQL, with the schema the migrations create. */
describe('PostgreSQL search engine', () => {
  let engine: PostgresSearchEngine
  beforeAll(async () => {
    const { payload } = await bootPayload()
    engine = new PostgresSearchEngine(poolOf(payload))
  })
  searchBehaviour(() => engine)
})
