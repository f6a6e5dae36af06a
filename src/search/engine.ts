import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'

import { MeilisearchEngine } from './meilisearch/engine'
import { PostgresSearchEngine } from './postgres/engine'
import type { SearchEngine } from './types'

const engines = new WeakMap<Payload, SearchEngine>()

/** Meilisearch when `MEILISEARCH_HOST` is set, otherwise the embedded PostgreSQL engine (one per Payload). */
export function searchEngine(payload: Payload): SearchEngine {
  let engine = engines.get(payload)
  if (!engine) {
    const host = process.env.MEILISEARCH_HOST
    engine = host
      ? new MeilisearchEngine({ host, apiKey: process.env.MEILISEARCH_API_KEY, index: process.env.MEILISEARCH_INDEX })
      : new PostgresSearchEngine(poolOf(payload))
    engines.set(payload, engine)
  }
  return engine
}
