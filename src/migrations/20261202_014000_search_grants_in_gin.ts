import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search index's GIN indexes hold each entry's visibility beside its words (issue 22): a stage's bitmap then
 * holds only the matches the reader may see (`visibility = any(grants)`, src/search/postgres/engine.ts), where it
 * held every match, and the table was read for each one to find out. For « copil » at 50,000 documents, 4,277 title
 * matches read for the 1,271 a member may see. `btree_gin` (a trusted extension, like `unaccent` and `pg_trgm`) lets
 * a GIN index hold a plain column. `search_documents` is not a collection, so by hand.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;
  DROP INDEX IF EXISTS "search_documents_search_idx";
  DROP INDEX IF EXISTS "search_documents_title_search_idx";
  CREATE INDEX "search_documents_search_idx" ON "search_documents" USING gin ("search", "visibility");
  CREATE INDEX "search_documents_title_search_idx" ON "search_documents" USING gin ("title_search", "visibility");`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DROP INDEX IF EXISTS "search_documents_search_idx";
  DROP INDEX IF EXISTS "search_documents_title_search_idx";
  CREATE INDEX "search_documents_search_idx" ON "search_documents" USING gin ("search");
  CREATE INDEX "search_documents_title_search_idx" ON "search_documents" USING gin ("title_search");`),
  )
}
