import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { measureStatusesBefore, measureStatusesDown, measureStatusesUpdate } from './data/measureStatuses'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Issue 25's statuses (src/migrations/data/measureStatuses.ts): the type rebuilt first so that its new values may be
  // used in this transaction, then the measures the old seed left « à lancer » moved.
  await measureStatusesBefore({ db })
  await db.execute(sql`
   CREATE TYPE "public"."enum_measures_milestones_duedate_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_measures_deliverable_event_types" AS ENUM('symposium', 'formation', 'webinaire', 'atelier');
  CREATE TYPE "public"."enum_measures_deliverable_watch_kinds" AS ENUM('cybersecurite', 'outils', 'inclusion', 'arvr-canton', 'retour-experience');
  CREATE TYPE "public"."enum_measures_targetdate_tz" AS ENUM('Europe/Zurich');
  ALTER TYPE "public"."enum_measures_status" ADD VALUE 'non-renseigne' BEFORE 'a-lancer';
  ALTER TYPE "public"."enum_measures_status" ADD VALUE 'appliquee' BEFORE 'continue';
  ALTER TYPE "public"."enum_measure_updates_changes_field" ADD VALUE 'targetDate' BEFORE 'number';
  CREATE TABLE "measures_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"due_date" timestamp(3) with time zone,
  	"duedate_tz" "enum_measures_milestones_duedate_tz" DEFAULT 'Europe/Zurich',
  	"done" boolean DEFAULT false
  );
  
  CREATE TABLE "measures_deliverable_event_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_measures_deliverable_event_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "measures_deliverable_watch_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_measures_deliverable_watch_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "measures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"templates_id" integer
  );
  
  ALTER TABLE "measures" ALTER COLUMN "status" SET DEFAULT 'non-renseigne';
  ALTER TABLE "measures" ADD COLUMN "target_date" timestamp(3) with time zone;
  ALTER TABLE "measures" ADD COLUMN "targetdate_tz" "enum_measures_targetdate_tz" DEFAULT 'Europe/Zurich';
  ALTER TABLE "measure_updates" ADD COLUMN "automatic" boolean DEFAULT false;
  ALTER TABLE "measures_milestones" ADD CONSTRAINT "measures_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_deliverable_event_types" ADD CONSTRAINT "measures_deliverable_event_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_deliverable_watch_kinds" ADD CONSTRAINT "measures_deliverable_watch_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_rels" ADD CONSTRAINT "measures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_rels" ADD CONSTRAINT "measures_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "measures_rels" ADD CONSTRAINT "measures_rels_templates_fk" FOREIGN KEY ("templates_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "measures_milestones_order_idx" ON "measures_milestones" USING btree ("_order");
  CREATE INDEX "measures_milestones_parent_id_idx" ON "measures_milestones" USING btree ("_parent_id");
  CREATE INDEX "measures_deliverable_event_types_order_idx" ON "measures_deliverable_event_types" USING btree ("order");
  CREATE INDEX "measures_deliverable_event_types_parent_idx" ON "measures_deliverable_event_types" USING btree ("parent_id");
  CREATE INDEX "measures_deliverable_watch_kinds_order_idx" ON "measures_deliverable_watch_kinds" USING btree ("order");
  CREATE INDEX "measures_deliverable_watch_kinds_parent_idx" ON "measures_deliverable_watch_kinds" USING btree ("parent_id");
  CREATE INDEX "measures_rels_order_idx" ON "measures_rels" USING btree ("order");
  CREATE INDEX "measures_rels_parent_idx" ON "measures_rels" USING btree ("parent_id");
  CREATE INDEX "measures_rels_path_idx" ON "measures_rels" USING btree ("path");
  CREATE INDEX "measures_rels_guides_id_idx" ON "measures_rels" USING btree ("guides_id");
  CREATE INDEX "measures_rels_templates_id_idx" ON "measures_rels" USING btree ("templates_id");`)
  await measureStatusesUpdate({ db })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await measureStatusesDown({ db })
  await db.execute(sql`
   ALTER TABLE "measures_milestones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measures_deliverable_event_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measures_deliverable_watch_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measures_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "measures_milestones" CASCADE;
  DROP TABLE "measures_deliverable_event_types" CASCADE;
  DROP TABLE "measures_deliverable_watch_kinds" CASCADE;
  DROP TABLE "measures_rels" CASCADE;
  ALTER TABLE "measures" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "measures" ALTER COLUMN "status" SET DEFAULT 'a-lancer'::text;
  DROP TYPE "public"."enum_measures_status";
  CREATE TYPE "public"."enum_measures_status" AS ENUM('a-lancer', 'en-cours', 'realisee', 'continue', 'suspendue');
  ALTER TABLE "measures" ALTER COLUMN "status" SET DEFAULT 'a-lancer'::"public"."enum_measures_status";
  ALTER TABLE "measures" ALTER COLUMN "status" SET DATA TYPE "public"."enum_measures_status" USING "status"::"public"."enum_measures_status";
  ALTER TABLE "measure_updates_changes" ALTER COLUMN "field" SET DATA TYPE text;
  DROP TYPE "public"."enum_measure_updates_changes_field";
  CREATE TYPE "public"."enum_measure_updates_changes_field" AS ENUM('status', 'progress', 'priority', 'rank', 'owner', 'number', 'title', 'axis', 'partners', 'deliverable', 'justification');
  ALTER TABLE "measure_updates_changes" ALTER COLUMN "field" SET DATA TYPE "public"."enum_measure_updates_changes_field" USING "field"::"public"."enum_measure_updates_changes_field";
  ALTER TABLE "measures" DROP COLUMN "target_date";
  ALTER TABLE "measures" DROP COLUMN "targetdate_tz";
  ALTER TABLE "measure_updates" DROP COLUMN "automatic";
  DROP TYPE "public"."enum_measures_milestones_duedate_tz";
  DROP TYPE "public"."enum_measures_deliverable_event_types";
  DROP TYPE "public"."enum_measures_deliverable_watch_kinds";
  DROP TYPE "public"."enum_measures_targetdate_tz";`)
}
