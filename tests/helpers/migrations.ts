import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

/**
 * The statements a new migration would hold: the latest committed snapshot against the schema built from the
 * running config (the comparison `npm run migrate:create` makes). Empty when the migrations match the config.
 */
export async function pendingSchemaChanges(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown }
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const dir = path.resolve('src/migrations')
  const latest = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)!
  const committed = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8'))
  return generateMigration(committed, await generateDrizzleJson(db.schema))
}
