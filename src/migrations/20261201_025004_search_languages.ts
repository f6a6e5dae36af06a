import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchLanguagesDown, searchLanguagesUp } from './data/searchLanguages'

// The search index in two languages (src/migrations/data/searchLanguages.ts): not a collection, so by hand.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(searchLanguagesUp))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchLanguagesDown))
}
