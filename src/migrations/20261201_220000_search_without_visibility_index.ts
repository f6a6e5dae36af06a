import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search index's btree on (visibility, type) goes (issue 22): every reader may read the members' entries, most of
 * the index, so the grant selects nothing; yet the planner, which cannot estimate a tsquery, ANDed its bitmap (36,000
 * rows at 50,000 documents) with the GIN index's on each stage of a search: a third of a query's time. Nothing else
 * reads the index by visibility. `search_documents` is not a collection, so by hand.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`DROP INDEX IF EXISTS "search_documents_visibility_idx";`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`CREATE INDEX IF NOT EXISTS "search_documents_visibility_idx" ON "search_documents" ("visibility", "type");`),
  )
}
