import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { copyContentFromLocales, copyContentToLocales } from './data/contentLanguages'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'de');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('fr', 'de');
  CREATE TYPE "public"."enum__watch_items_v_published_locale" AS ENUM('fr', 'de');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('fr', 'de');
  CREATE TYPE "public"."enum__initiatives_v_published_locale" AS ENUM('fr', 'de');
  CREATE TABLE "measures_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides_checklist_locales" (
  	"label" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_checklist_locales" (
  	"label" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "templates_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"instructions" jsonb,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "faqs_locales" (
  	"question" varchar NOT NULL,
  	"answer" jsonb NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "watch_items_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"todo" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_watch_items_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_todo" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "_guides_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_guides_v" ADD COLUMN "published_locale" "enum__guides_v_published_locale";
  ALTER TABLE "_watch_items_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_watch_items_v" ADD COLUMN "published_locale" "enum__watch_items_v_published_locale";
  ALTER TABLE "_events_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_events_v" ADD COLUMN "published_locale" "enum__events_v_published_locale";
  ALTER TABLE "_initiatives_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_initiatives_v" ADD COLUMN "published_locale" "enum__initiatives_v_published_locale";
  ALTER TABLE "measures_locales" ADD CONSTRAINT "measures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_checklist_locales" ADD CONSTRAINT "guides_checklist_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_checklist"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_checklist_locales" ADD CONSTRAINT "_guides_v_version_checklist_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_checklist"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "templates_locales" ADD CONSTRAINT "templates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_locales" ADD CONSTRAINT "faqs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watch_items_locales" ADD CONSTRAINT "watch_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."watch_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_watch_items_v_locales" ADD CONSTRAINT "_watch_items_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_watch_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "measures_locales_locale_parent_id_unique" ON "measures_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guides_checklist_locales_locale_parent_id_unique" ON "guides_checklist_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_checklist_locales_locale_parent_id_unique" ON "_guides_v_version_checklist_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "templates_locales_locale_parent_id_unique" ON "templates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "faqs_locales_locale_parent_id_unique" ON "faqs_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "watch_items_locales_locale_parent_id_unique" ON "watch_items_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_watch_items_v_locales_locale_parent_id_unique" ON "_watch_items_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_watch_items_v_snapshot_idx" ON "_watch_items_v" USING btree ("snapshot");
  CREATE INDEX "_watch_items_v_published_locale_idx" ON "_watch_items_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_initiatives_v_snapshot_idx" ON "_initiatives_v" USING btree ("snapshot");
  CREATE INDEX "_initiatives_v_published_locale_idx" ON "_initiatives_v" USING btree ("published_locale");`)
  // The existing texts become the French rows before their columns go (src/migrations/data/contentLanguages.ts).
  await db.execute(sql.raw(copyContentToLocales))
  await db.execute(sql`
  ALTER TABLE "measures" DROP COLUMN "title";
  ALTER TABLE "guides_checklist" DROP COLUMN "label";
  ALTER TABLE "guides_checklist" DROP COLUMN "help";
  ALTER TABLE "guides" DROP COLUMN "title";
  ALTER TABLE "guides" DROP COLUMN "summary";
  ALTER TABLE "guides" DROP COLUMN "body";
  ALTER TABLE "_guides_v_version_checklist" DROP COLUMN "label";
  ALTER TABLE "_guides_v_version_checklist" DROP COLUMN "help";
  ALTER TABLE "_guides_v" DROP COLUMN "version_title";
  ALTER TABLE "_guides_v" DROP COLUMN "version_summary";
  ALTER TABLE "_guides_v" DROP COLUMN "version_body";
  ALTER TABLE "templates" DROP COLUMN "title";
  ALTER TABLE "templates" DROP COLUMN "description";
  ALTER TABLE "templates" DROP COLUMN "instructions";
  ALTER TABLE "templates" DROP COLUMN "body";
  ALTER TABLE "faqs" DROP COLUMN "question";
  ALTER TABLE "faqs" DROP COLUMN "answer";
  ALTER TABLE "watch_items" DROP COLUMN "title";
  ALTER TABLE "watch_items" DROP COLUMN "summary";
  ALTER TABLE "watch_items" DROP COLUMN "body";
  ALTER TABLE "watch_items" DROP COLUMN "todo";
  ALTER TABLE "_watch_items_v" DROP COLUMN "version_title";
  ALTER TABLE "_watch_items_v" DROP COLUMN "version_summary";
  ALTER TABLE "_watch_items_v" DROP COLUMN "version_body";
  ALTER TABLE "_watch_items_v" DROP COLUMN "version_todo";
  ALTER TABLE "events" DROP COLUMN "title";
  ALTER TABLE "events" DROP COLUMN "summary";
  ALTER TABLE "events" DROP COLUMN "description";
  ALTER TABLE "_events_v" DROP COLUMN "version_title";
  ALTER TABLE "_events_v" DROP COLUMN "version_summary";
  ALTER TABLE "_events_v" DROP COLUMN "version_description";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "measures" ADD COLUMN "title" varchar;
  ALTER TABLE "guides_checklist" ADD COLUMN "label" varchar;
  ALTER TABLE "guides_checklist" ADD COLUMN "help" varchar;
  ALTER TABLE "guides" ADD COLUMN "title" varchar;
  ALTER TABLE "guides" ADD COLUMN "summary" varchar;
  ALTER TABLE "guides" ADD COLUMN "body" jsonb;
  ALTER TABLE "_guides_v_version_checklist" ADD COLUMN "label" varchar;
  ALTER TABLE "_guides_v_version_checklist" ADD COLUMN "help" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "templates" ADD COLUMN "title" varchar;
  ALTER TABLE "templates" ADD COLUMN "description" varchar;
  ALTER TABLE "templates" ADD COLUMN "instructions" jsonb;
  ALTER TABLE "templates" ADD COLUMN "body" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "question" varchar;
  ALTER TABLE "faqs" ADD COLUMN "answer" jsonb;
  ALTER TABLE "watch_items" ADD COLUMN "title" varchar;
  ALTER TABLE "watch_items" ADD COLUMN "summary" varchar;
  ALTER TABLE "watch_items" ADD COLUMN "body" jsonb;
  ALTER TABLE "watch_items" ADD COLUMN "todo" varchar;
  ALTER TABLE "_watch_items_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_watch_items_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_watch_items_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_watch_items_v" ADD COLUMN "version_todo" varchar;
  ALTER TABLE "events" ADD COLUMN "title" varchar;
  ALTER TABLE "events" ADD COLUMN "summary" varchar;
  ALTER TABLE "events" ADD COLUMN "description" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_summary" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_description" varchar;`)
  // The French rows back into the columns before the `_locales` tables go.
  await db.execute(sql.raw(copyContentFromLocales))
  await db.execute(sql`
  ALTER TABLE "measures" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "templates" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "templates" ALTER COLUMN "description" SET NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "question" SET NOT NULL;
  ALTER TABLE "faqs" ALTER COLUMN "answer" SET NOT NULL;
   ALTER TABLE "measures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_checklist_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guides_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_version_checklist_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guides_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "templates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "faqs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "watch_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_watch_items_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "measures_locales" CASCADE;
  DROP TABLE "guides_checklist_locales" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "_guides_v_version_checklist_locales" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "templates_locales" CASCADE;
  DROP TABLE "faqs_locales" CASCADE;
  DROP TABLE "watch_items_locales" CASCADE;
  DROP TABLE "_watch_items_v_locales" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP INDEX "_guides_v_snapshot_idx";
  DROP INDEX "_guides_v_published_locale_idx";
  DROP INDEX "_watch_items_v_snapshot_idx";
  DROP INDEX "_watch_items_v_published_locale_idx";
  DROP INDEX "_events_v_snapshot_idx";
  DROP INDEX "_events_v_published_locale_idx";
  DROP INDEX "_initiatives_v_snapshot_idx";
  DROP INDEX "_initiatives_v_published_locale_idx";
  ALTER TABLE "_guides_v" DROP COLUMN "snapshot";
  ALTER TABLE "_guides_v" DROP COLUMN "published_locale";
  ALTER TABLE "_watch_items_v" DROP COLUMN "snapshot";
  ALTER TABLE "_watch_items_v" DROP COLUMN "published_locale";
  ALTER TABLE "_events_v" DROP COLUMN "snapshot";
  ALTER TABLE "_events_v" DROP COLUMN "published_locale";
  ALTER TABLE "_initiatives_v" DROP COLUMN "snapshot";
  ALTER TABLE "_initiatives_v" DROP COLUMN "published_locale";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum__watch_items_v_published_locale";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum__initiatives_v_published_locale";`)
}
