import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Each search entry's sentences, with a tsvector each (issue 22). An excerpt was `ts_headline` over the whole text of
 * each of the page's results, which parses every word of it at each search: 4–5 ms of every query at 50,000
 * documents. Now only the sentences that hold a query word are marked; the others are read as they are
 * (src/search/postgres/engine.ts). `search_documents` is not a collection, so by hand.
 *
 * The entries are removed: the index is rebuilt from the content at the next start (ensureSearchIndex), with the
 * sentences of each.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DELETE FROM "search_documents";
  DELETE FROM "search_words";
  CREATE TABLE IF NOT EXISTS "search_sentences" (
    "key" text PRIMARY KEY REFERENCES "search_documents" ("key") ON DELETE CASCADE,
    "sentences" text[] NOT NULL,
    "vectors" tsvector[] NOT NULL
  );`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP TABLE IF EXISTS "search_sentences";`))
}
