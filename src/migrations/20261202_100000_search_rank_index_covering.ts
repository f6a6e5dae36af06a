import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchRankIndexCoveringDown, searchRankIndexCoveringUp } from './data/searchRankIndex'

/**
 * The rank index covers the title scans (src/migrations/data/searchRankIndex.ts; issue 22). The entries are removed
 * first: one indexed before titles were cut to `maxTitleLength` may not fit in the index; the index is rebuilt from
 * the content at the next start (ensureSearchIndex). `search_documents` is not a collection, so by hand.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`DELETE FROM "search_documents"; DELETE FROM "search_words";${searchRankIndexCoveringUp}`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchRankIndexCoveringDown))
}
