import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchRankingDown, searchRankingUp } from './data/searchRanking'

// The search index's ranking columns (src/migrations/data/searchRanking.ts): not a collection, so by hand.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(searchRankingUp))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchRankingDown))
}
