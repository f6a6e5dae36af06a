import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_watch_items_sources_date_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_watch_items_kind" AS ENUM('cybersecurite', 'outils', 'inclusion', 'arvr-canton', 'retour-experience');
  CREATE TYPE "public"."enum_watch_items_publishedat_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_watch_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__watch_items_v_version_sources_date_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum__watch_items_v_version_kind" AS ENUM('cybersecurite', 'outils', 'inclusion', 'arvr-canton', 'retour-experience');
  CREATE TYPE "public"."enum__watch_items_v_version_publishedat_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum__watch_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "watch_items_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"date" timestamp(3) with time zone,
  	"date_tz" "enum_watch_items_sources_date_tz" DEFAULT 'Europe/Zurich'
  );
  
  CREATE TABLE "watch_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"kind" "enum_watch_items_kind",
  	"summary" varchar,
  	"body" jsonb,
  	"todo" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_watch_items_publishedat_tz" DEFAULT 'Europe/Zurich',
  	"proposed_by_id" integer,
  	"announced_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_watch_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "watch_items_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "watch_items_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "watch_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer
  );
  
  CREATE TABLE "_watch_items_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"date" timestamp(3) with time zone,
  	"date_tz" "enum__watch_items_v_version_sources_date_tz" DEFAULT 'Europe/Zurich',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_watch_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__watch_items_v_version_kind",
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_todo" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__watch_items_v_version_publishedat_tz" DEFAULT 'Europe/Zurich',
  	"version_proposed_by_id" integer,
  	"version_announced_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__watch_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_watch_items_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_watch_items_v_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "_watch_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "watch_items_id" integer;
  ALTER TABLE "watch_items_sources" ADD CONSTRAINT "watch_items_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."watch_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watch_items" ADD CONSTRAINT "watch_items_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "watch_items_texts" ADD CONSTRAINT "watch_items_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."watch_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watch_items_numbers" ADD CONSTRAINT "watch_items_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."watch_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watch_items_rels" ADD CONSTRAINT "watch_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."watch_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "watch_items_rels" ADD CONSTRAINT "watch_items_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_watch_items_v_version_sources" ADD CONSTRAINT "_watch_items_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_watch_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_watch_items_v" ADD CONSTRAINT "_watch_items_v_parent_id_watch_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."watch_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_watch_items_v" ADD CONSTRAINT "_watch_items_v_version_proposed_by_id_users_id_fk" FOREIGN KEY ("version_proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_watch_items_v_texts" ADD CONSTRAINT "_watch_items_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_watch_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_watch_items_v_numbers" ADD CONSTRAINT "_watch_items_v_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_watch_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_watch_items_v_rels" ADD CONSTRAINT "_watch_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_watch_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_watch_items_v_rels" ADD CONSTRAINT "_watch_items_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "watch_items_sources_order_idx" ON "watch_items_sources" USING btree ("_order");
  CREATE INDEX "watch_items_sources_parent_id_idx" ON "watch_items_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "watch_items_slug_idx" ON "watch_items" USING btree ("slug");
  CREATE INDEX "watch_items_kind_idx" ON "watch_items" USING btree ("kind");
  CREATE INDEX "watch_items_published_at_idx" ON "watch_items" USING btree ("published_at");
  CREATE INDEX "watch_items_proposed_by_idx" ON "watch_items" USING btree ("proposed_by_id");
  CREATE INDEX "watch_items_updated_at_idx" ON "watch_items" USING btree ("updated_at");
  CREATE INDEX "watch_items_created_at_idx" ON "watch_items" USING btree ("created_at");
  CREATE INDEX "watch_items__status_idx" ON "watch_items" USING btree ("_status");
  CREATE INDEX "watch_items_texts_order_parent" ON "watch_items_texts" USING btree ("order","parent_id");
  CREATE INDEX "watch_items_numbers_order_parent_idx" ON "watch_items_numbers" USING btree ("order","parent_id");
  CREATE INDEX "watch_items_rels_order_idx" ON "watch_items_rels" USING btree ("order");
  CREATE INDEX "watch_items_rels_parent_idx" ON "watch_items_rels" USING btree ("parent_id");
  CREATE INDEX "watch_items_rels_path_idx" ON "watch_items_rels" USING btree ("path");
  CREATE INDEX "watch_items_rels_guides_id_idx" ON "watch_items_rels" USING btree ("guides_id");
  CREATE INDEX "_watch_items_v_version_sources_order_idx" ON "_watch_items_v_version_sources" USING btree ("_order");
  CREATE INDEX "_watch_items_v_version_sources_parent_id_idx" ON "_watch_items_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_watch_items_v_parent_idx" ON "_watch_items_v" USING btree ("parent_id");
  CREATE INDEX "_watch_items_v_version_version_slug_idx" ON "_watch_items_v" USING btree ("version_slug");
  CREATE INDEX "_watch_items_v_version_version_kind_idx" ON "_watch_items_v" USING btree ("version_kind");
  CREATE INDEX "_watch_items_v_version_version_published_at_idx" ON "_watch_items_v" USING btree ("version_published_at");
  CREATE INDEX "_watch_items_v_version_version_proposed_by_idx" ON "_watch_items_v" USING btree ("version_proposed_by_id");
  CREATE INDEX "_watch_items_v_version_version_updated_at_idx" ON "_watch_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_watch_items_v_version_version_created_at_idx" ON "_watch_items_v" USING btree ("version_created_at");
  CREATE INDEX "_watch_items_v_version_version__status_idx" ON "_watch_items_v" USING btree ("version__status");
  CREATE INDEX "_watch_items_v_created_at_idx" ON "_watch_items_v" USING btree ("created_at");
  CREATE INDEX "_watch_items_v_updated_at_idx" ON "_watch_items_v" USING btree ("updated_at");
  CREATE INDEX "_watch_items_v_latest_idx" ON "_watch_items_v" USING btree ("latest");
  CREATE INDEX "_watch_items_v_texts_order_parent" ON "_watch_items_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_watch_items_v_numbers_order_parent_idx" ON "_watch_items_v_numbers" USING btree ("order","parent_id");
  CREATE INDEX "_watch_items_v_rels_order_idx" ON "_watch_items_v_rels" USING btree ("order");
  CREATE INDEX "_watch_items_v_rels_parent_idx" ON "_watch_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_watch_items_v_rels_path_idx" ON "_watch_items_v_rels" USING btree ("path");
  CREATE INDEX "_watch_items_v_rels_guides_id_idx" ON "_watch_items_v_rels" USING btree ("guides_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_watch_items_fk" FOREIGN KEY ("watch_items_id") REFERENCES "public"."watch_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_watch_items_id_idx" ON "payload_locked_documents_rels" USING btree ("watch_items_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "watch_items_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "watch_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "watch_items_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "watch_items_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "watch_items_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_watch_items_v_version_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_watch_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_watch_items_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_watch_items_v_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_watch_items_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "watch_items_sources" CASCADE;
  DROP TABLE "watch_items" CASCADE;
  DROP TABLE "watch_items_texts" CASCADE;
  DROP TABLE "watch_items_numbers" CASCADE;
  DROP TABLE "watch_items_rels" CASCADE;
  DROP TABLE "_watch_items_v_version_sources" CASCADE;
  DROP TABLE "_watch_items_v" CASCADE;
  DROP TABLE "_watch_items_v_texts" CASCADE;
  DROP TABLE "_watch_items_v_numbers" CASCADE;
  DROP TABLE "_watch_items_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_watch_items_fk";
  
  DROP INDEX "payload_locked_documents_rels_watch_items_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "watch_items_id";
  DROP TYPE "public"."enum_watch_items_sources_date_tz";
  DROP TYPE "public"."enum_watch_items_kind";
  DROP TYPE "public"."enum_watch_items_publishedat_tz";
  DROP TYPE "public"."enum_watch_items_status";
  DROP TYPE "public"."enum__watch_items_v_version_sources_date_tz";
  DROP TYPE "public"."enum__watch_items_v_version_kind";
  DROP TYPE "public"."enum__watch_items_v_version_publishedat_tz";
  DROP TYPE "public"."enum__watch_items_v_version_status";`)
}
