import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootPayload } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

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
    const { migrations } = await import('../../src/migrations')
    expect(docs.map((d) => d.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('match the collections (no drift)', async () => {
    const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const dir = path.resolve('src/migrations')
    const latest = fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)!
    const committed = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
    const pending = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(pending, 'the collections changed: run `npm run migrate:create <name>` and commit the migration').toEqual([])
  })

  it('leave the database with every table the collections need', async () => {
    const { rows } = await (payload.db as unknown as { pool: { query: (q: string) => Promise<{ rows: { t: string }[] }> } }).pool.query(
      "select table_name as t from information_schema.tables where table_schema = 'public'",
    )
    const tables = rows.map((r) => r.t)
    for (const table of ['users', 'communes', 'media', 'site_settings', 'payload_migrations']) expect(tables).toContain(table)
  })
})
