import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search index's GIN indexes, one per language (issue 22). A stage matches each entry with the query stemmed in
 * the entry's language (`hit`, src/search/postgres/engine.ts): French entries with the French query, German ones
 * with the German query. With one GIN index for both, each branch read the whole posting list of its words, French
 * and German entries alike, and dropped the other language's afterwards: every search read its words twice, as
 * most words stem alike in both (« séance du comité technique » at 500,000 French entries: 26,483 entries read
 * by each branch, 63 ms of its 118). Partial indexes (`locale = 'de'`, `locale <> 'de'`, the engine's two branches)
 * hold each language's entries only. `search_documents` is not a collection, so by hand.
 */
const byLanguage = (column: 'search' | 'title_search') => `
  DROP INDEX IF EXISTS "search_documents_${column}_idx";
  CREATE INDEX IF NOT EXISTS "search_documents_${column}_fr_idx" ON "search_documents" USING gin ("${column}", "visibility") WHERE "locale" <> 'de';
  CREATE INDEX IF NOT EXISTS "search_documents_${column}_de_idx" ON "search_documents" USING gin ("${column}", "visibility") WHERE "locale" = 'de';`

const together = (column: 'search' | 'title_search') => `
  DROP INDEX IF EXISTS "search_documents_${column}_fr_idx";
  DROP INDEX IF EXISTS "search_documents_${column}_de_idx";
  CREATE INDEX IF NOT EXISTS "search_documents_${column}_idx" ON "search_documents" USING gin ("${column}", "visibility");`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(byLanguage('search') + byLanguage('title_search')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(together('search') + together('title_search')))
}
