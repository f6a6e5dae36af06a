import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/pool'
import { pendingSchemaChanges } from '@tests/helpers/migrations'
import { bootPayload } from '@tests/helpers/payload'

/**
 * The committed migrations must describe exactly the schema the collections define. This is the comparison
 * `npm run migrate:create` makes: the latest committed snapshot against the schema built from the config.
 */
describe('migrations', () => {
  let payload: Payload
  beforeAll(async () => {
    ;({ payload } = await bootPayload())
  })

  it('are all applied at start', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    const { migrations } = await import('@/migrations')
    expect(docs.map((d) => d.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('match the collections (no drift)', async () => {
    const pending = await pendingSchemaChanges(payload)
    expect(pending, 'the collections changed: run `npm run migrate:create <name>` and commit the migration').toEqual([])
  })

  it('leave the database with every table the collections need', async () => {
    const { rows } = await poolOf(payload).query("select table_name as t from information_schema.tables where table_schema = 'public'")
    const tables = rows.map((r) => r.t)
    for (const table of ['users', 'communes', 'media', 'site_settings', 'payload_migrations']) expect(tables).toContain(table)
  })
})
