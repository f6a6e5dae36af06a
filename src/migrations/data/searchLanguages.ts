import { staticRankExpression } from './searchRankIndex'

/**
 * The search index in two languages (issue 26), written by hand: `search_documents` is not a collection, so
 * `migrate:create` does not know it. The migration that adds it calls these; keep the call when migrations are
 * regenerated.
 *
 * - `relais_german`: German snowball stemming after accent folding, as `relais_french` for French
 *   (« Passwörter » and « Passwort » give the same lexeme);
 * - `locale`: the language of an entry (`fr`, `de`): a document translated into German has one entry per language;
 * - `translated`: on a French entry, whether its document has a German one (a German reader searches the German
 *   entries and the French ones of documents without German: what the pages show them);
 * - `search` and `title_search` are stemmed in the entry's language: they are dropped and added again, with their
 *   indexes (the rank index reads `title_search`).
 *
 * The entries are removed: the index is rebuilt from the content at the next start (ensureSearchIndex).
 */
/** The German entries' `locale` (interpolated: SQL, not text). */
const german = `'de'`

const vector = (column: string, config: string) => `to_tsvector('public.${config}'::regconfig, "${column}")`

export const searchLanguagesUp = `
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'relais_german') THEN
      CREATE TEXT SEARCH CONFIGURATION public.relais_german (COPY = pg_catalog.german);
      ALTER TEXT SEARCH CONFIGURATION public.relais_german
        ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, german_stem;
    END IF;
  END $$;
  DELETE FROM "search_documents";
  DELETE FROM "search_words";
  DROP INDEX IF EXISTS "search_documents_rank_idx";
  DROP INDEX IF EXISTS "search_documents_title_search_idx";
  DROP INDEX IF EXISTS "search_documents_search_idx";
  ALTER TABLE "search_documents"
    DROP COLUMN IF EXISTS "search",
    DROP COLUMN IF EXISTS "title_search",
    ADD COLUMN IF NOT EXISTS "locale" text NOT NULL DEFAULT 'fr',
    ADD COLUMN IF NOT EXISTS "translated" boolean NOT NULL DEFAULT false;
  ALTER TABLE "search_documents"
    ADD COLUMN "search" tsvector GENERATED ALWAYS AS (CASE WHEN "locale" = ${german}
      THEN setweight(${vector('title', 'relais_german')}, 'A') || setweight(${vector('body', 'relais_german')}, 'B')
      ELSE setweight(${vector('title', 'relais_french')}, 'A') || setweight(${vector('body', 'relais_french')}, 'B') END) STORED,
    ADD COLUMN "title_search" tsvector GENERATED ALWAYS AS (CASE WHEN "locale" = ${german}
      THEN ${vector('title', 'relais_german')} ELSE ${vector('title', 'relais_french')} END) STORED;
  ALTER TABLE "search_documents" ALTER COLUMN "search" SET STORAGE MAIN;
  CREATE INDEX "search_documents_search_idx" ON "search_documents" USING gin ("search");
  CREATE INDEX "search_documents_title_search_idx" ON "search_documents" USING gin ("title_search");
  CREATE INDEX "search_documents_rank_idx" ON "search_documents"
    ("demo", ${staticRankExpression('search_documents')} DESC, "key");`

export const searchLanguagesDown = `
  DELETE FROM "search_documents";
  DELETE FROM "search_words";
  DROP INDEX IF EXISTS "search_documents_rank_idx";
  DROP INDEX IF EXISTS "search_documents_title_search_idx";
  DROP INDEX IF EXISTS "search_documents_search_idx";
  ALTER TABLE "search_documents" DROP COLUMN "search", DROP COLUMN "title_search", DROP COLUMN "locale", DROP COLUMN "translated";
  ALTER TABLE "search_documents"
    ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
      setweight(${vector('title', 'relais_french')}, 'A') || setweight(${vector('body', 'relais_french')}, 'B')) STORED,
    ADD COLUMN "title_search" tsvector GENERATED ALWAYS AS (${vector('title', 'relais_french')}) STORED;
  ALTER TABLE "search_documents" ALTER COLUMN "search" SET STORAGE MAIN;
  CREATE INDEX "search_documents_search_idx" ON "search_documents" USING gin ("search");
  CREATE INDEX "search_documents_title_search_idx" ON "search_documents" USING gin ("title_search");
  CREATE INDEX "search_documents_rank_idx" ON "search_documents"
    ("demo", ${staticRankExpression('search_documents')} DESC, "key");
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.relais_german;`
