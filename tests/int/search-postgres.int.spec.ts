import type { Pool } from 'pg'
import { beforeAll, describe } from 'vitest'

import { PostgresSearchEngine } from '../../src/search/postgres/engine'
import { bootPayload } from '../helpers/payload'
import { searchBehaviour } from '../helpers/searchBehaviour'
import { poolOf } from '@/db/pool'

/** The embedded engine on the real PostgreSQL, with the schema the migrations create. */
describe('PostgreSQL search engine', () => {
  let engine: PostgresSearchEngine
  beforeAll(async () => {
    const { payload } = await bootPayload()
    engine = new PostgresSearchEngine(poolOf(payload))
  })
  searchBehaviour(() => engine)
})
