/**
 * The search index's ranking columns (issue 22), written by hand: `search_documents` is not a collection, so
 * `migrate:create` does not know it. The migration that adds them calls these; keep the call when migrations are
 * regenerated.
 *
 * - `weight`, `demo`: the type weight and the demo flag of each entry (src/search/vocabulary.ts);
 * - `title_search`: the title's own tsvector under a GIN index, so that title matches (ranked first) are found
 *   without reading the text of every match.
 *
 * The entries are removed: the index is rebuilt from the content at the next start (ensureSearchIndex), with
 * the new columns and the text as `searchDocument` now keeps it (line breaks end sentences for the excerpts).
 */
export const searchRankingUp = `
  ALTER TABLE "search_documents"
    ADD COLUMN IF NOT EXISTS "weight" real NOT NULL DEFAULT 1,
    ADD COLUMN IF NOT EXISTS "demo" boolean NOT NULL DEFAULT false,
    ADD COLUMN IF NOT EXISTS "title_search" tsvector GENERATED ALWAYS AS (to_tsvector('public.relais_french'::regconfig, "title")) STORED;
  CREATE INDEX IF NOT EXISTS "search_documents_title_search_idx" ON "search_documents" USING gin ("title_search");
  DELETE FROM "search_documents";
  DELETE FROM "search_words";`

export const searchRankingDown = `
  DROP INDEX IF EXISTS "search_documents_title_search_idx";
  ALTER TABLE "search_documents" DROP COLUMN IF EXISTS "title_search", DROP COLUMN IF EXISTS "demo", DROP COLUMN IF EXISTS "weight";
  DELETE FROM "search_documents";
  DELETE FROM "search_words";`
