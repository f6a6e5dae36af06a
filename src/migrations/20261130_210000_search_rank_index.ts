import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchRankIndexDown, searchRankIndexUp } from './data/searchRankIndex'

// The search index's rank index (src/migrations/data/searchRankIndex.ts): not a collection, so by hand.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(searchRankIndexUp))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchRankIndexDown))
}
