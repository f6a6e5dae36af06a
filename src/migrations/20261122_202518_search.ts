import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'searchSync';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'searchSync';`)

  // The search index (src/search/postgres): not a collection, so written here by hand.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
  CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

  -- unaccent() is only STABLE; indexes and generated columns need an IMMUTABLE function with a fixed dictionary.
  CREATE OR REPLACE FUNCTION public.relais_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

  -- French snowball stemming after accent folding: "sécurité" and "securite" give the same lexeme.
  CREATE TEXT SEARCH CONFIGURATION public.relais_french (COPY = pg_catalog.french);
  ALTER TEXT SEARCH CONFIGURATION public.relais_french
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

  CREATE TABLE "search_documents" (
    "key" text PRIMARY KEY,
    "collection" text NOT NULL,
    "doc_id" text NOT NULL,
    "type" text NOT NULL,
    "title" text NOT NULL,
    "body" text NOT NULL,
    "url" text NOT NULL,
    "visibility" text NOT NULL,
    "hash" text NOT NULL,
    "indexed_at" timestamptz NOT NULL DEFAULT now(),
    "search" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.relais_french'::regconfig, "title"), 'A') ||
      setweight(to_tsvector('public.relais_french'::regconfig, "body"), 'B')
    ) STORED,
    -- Trigrams of the folded title, as the ranking compares it with the query: a bound of their similarity.
    "title_trigrams" integer GENERATED ALWAYS AS (
      coalesce(array_length(public.show_trgm(public.relais_unaccent(lower("title"))), 1), 0)
    ) STORED
  );
  -- Every match's tsvector is read to rank it: kept in the row, not out of line in TOAST (half the cost).
  ALTER TABLE "search_documents" ALTER COLUMN "search" SET STORAGE MAIN;
  CREATE INDEX "search_documents_search_idx" ON "search_documents" USING gin ("search");
  CREATE INDEX "search_documents_visibility_idx" ON "search_documents" ("visibility", "type");

  -- The index's vocabulary, folded: misspelt query words are corrected to their nearest trigram neighbours.
  CREATE TABLE "search_words" ("word" text COLLATE "C" PRIMARY KEY);
  CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_words";
  DROP TABLE IF EXISTS "search_documents";
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.relais_french;
  DROP FUNCTION IF EXISTS public.relais_unaccent(text);`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
