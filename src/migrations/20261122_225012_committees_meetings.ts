import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_committees_memberships_role" AS ENUM('presidence', 'membre', 'secretariat');
  CREATE TYPE "public"."enum_committees_slug" AS ENUM('copil', 'cotec');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('planned', 'convened', 'held', 'approved', 'cancelled');
  CREATE TYPE "public"."enum_meetings_committee_slug" AS ENUM('copil', 'cotec');
  CREATE TYPE "public"."enum_agenda_items_committee_slug" AS ENUM('copil', 'cotec');
  CREATE TYPE "public"."enum_agenda_items_meeting_status" AS ENUM('planned', 'convened', 'held', 'approved', 'cancelled');
  CREATE TYPE "public"."enum_action_items_status" AS ENUM('open', 'done', 'dropped');
  CREATE TYPE "public"."enum_action_items_committee_slug" AS ENUM('copil', 'cotec');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'actionReminders' BEFORE 'searchSync';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'actionReminders' BEFORE 'searchSync';
  CREATE TABLE "committees_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"role" "enum_committees_memberships_role" DEFAULT 'membre' NOT NULL,
  	"representing" varchar,
  	"from" timestamp(3) with time zone NOT NULL,
  	"until" timestamp(3) with time zone
  );
  
  CREATE TABLE "committees" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar NOT NULL,
  	"slug" "enum_committees_slug" NOT NULL,
  	"mission" varchar,
  	"composition" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"committee_id" integer NOT NULL,
  	"title" varchar DEFAULT 'Séance ordinaire' NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"duration_minutes" numeric DEFAULT 120 NOT NULL,
  	"place" varchar,
  	"online_url" varchar,
  	"status" "enum_meetings_status" DEFAULT 'planned' NOT NULL,
  	"attendance" varchar,
  	"committee_slug" "enum_meetings_committee_slug",
  	"convened_at" timestamp(3) with time zone,
  	"held_at" timestamp(3) with time zone,
  	"approved_at" timestamp(3) with time zone,
  	"approved_in_id" integer,
  	"cancellation_reason" varchar,
  	"calendar_sequence" numeric DEFAULT 0,
  	"sent_fingerprint" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agenda_items_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "agenda_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meeting_id" integer NOT NULL,
  	"position" numeric,
  	"title" varchar NOT NULL,
  	"duration_minutes" numeric DEFAULT 15 NOT NULL,
  	"presenter" varchar,
  	"confidential" boolean DEFAULT false,
  	"notes" varchar,
  	"decision" varchar,
  	"no_decision" boolean DEFAULT false,
  	"approves_minutes_of_id" integer,
  	"priority_change_id" integer,
  	"committee_slug" "enum_agenda_items_committee_slug",
  	"meeting_status" "enum_agenda_items_meeting_status",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "agenda_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"measures_id" integer
  );
  
  CREATE TABLE "action_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"committee_id" integer NOT NULL,
  	"meeting_id" integer,
  	"owner_id" integer NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"status" "enum_action_items_status" DEFAULT 'open' NOT NULL,
  	"owner_name" varchar,
  	"done_at" timestamp(3) with time zone,
  	"committee_slug" "enum_action_items_committee_slug",
  	"reminded_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "action_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"measures_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "committees_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meetings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "agenda_items_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "action_items_id" integer;
  ALTER TABLE "committees_memberships" ADD CONSTRAINT "committees_memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "committees_memberships" ADD CONSTRAINT "committees_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings" ADD CONSTRAINT "meetings_approved_in_id_meetings_id_fk" FOREIGN KEY ("approved_in_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_items_documents" ADD CONSTRAINT "agenda_items_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_approves_minutes_of_id_meetings_id_fk" FOREIGN KEY ("approves_minutes_of_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_priority_change_id_priority_changes_id_fk" FOREIGN KEY ("priority_change_id") REFERENCES "public"."priority_changes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "agenda_items_rels" ADD CONSTRAINT "agenda_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agenda_items_rels" ADD CONSTRAINT "agenda_items_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_items" ADD CONSTRAINT "action_items_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "action_items_rels" ADD CONSTRAINT "action_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "action_items_rels" ADD CONSTRAINT "action_items_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "committees_memberships_order_idx" ON "committees_memberships" USING btree ("_order");
  CREATE INDEX "committees_memberships_parent_id_idx" ON "committees_memberships" USING btree ("_parent_id");
  CREATE INDEX "committees_memberships_user_idx" ON "committees_memberships" USING btree ("user_id");
  CREATE UNIQUE INDEX "committees_name_idx" ON "committees" USING btree ("name");
  CREATE UNIQUE INDEX "committees_slug_idx" ON "committees" USING btree ("slug");
  CREATE INDEX "committees_updated_at_idx" ON "committees" USING btree ("updated_at");
  CREATE INDEX "committees_created_at_idx" ON "committees" USING btree ("created_at");
  CREATE INDEX "meetings_committee_idx" ON "meetings" USING btree ("committee_id");
  CREATE INDEX "meetings_starts_at_idx" ON "meetings" USING btree ("starts_at");
  CREATE INDEX "meetings_status_idx" ON "meetings" USING btree ("status");
  CREATE INDEX "meetings_committee_slug_idx" ON "meetings" USING btree ("committee_slug");
  CREATE INDEX "meetings_approved_in_idx" ON "meetings" USING btree ("approved_in_id");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "agenda_items_documents_order_idx" ON "agenda_items_documents" USING btree ("_order");
  CREATE INDEX "agenda_items_documents_parent_id_idx" ON "agenda_items_documents" USING btree ("_parent_id");
  CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id");
  CREATE INDEX "agenda_items_approves_minutes_of_idx" ON "agenda_items" USING btree ("approves_minutes_of_id");
  CREATE INDEX "agenda_items_priority_change_idx" ON "agenda_items" USING btree ("priority_change_id");
  CREATE INDEX "agenda_items_committee_slug_idx" ON "agenda_items" USING btree ("committee_slug");
  CREATE INDEX "agenda_items_meeting_status_idx" ON "agenda_items" USING btree ("meeting_status");
  CREATE INDEX "agenda_items_updated_at_idx" ON "agenda_items" USING btree ("updated_at");
  CREATE INDEX "agenda_items_created_at_idx" ON "agenda_items" USING btree ("created_at");
  CREATE INDEX "agenda_items_rels_order_idx" ON "agenda_items_rels" USING btree ("order");
  CREATE INDEX "agenda_items_rels_parent_idx" ON "agenda_items_rels" USING btree ("parent_id");
  CREATE INDEX "agenda_items_rels_path_idx" ON "agenda_items_rels" USING btree ("path");
  CREATE INDEX "agenda_items_rels_measures_id_idx" ON "agenda_items_rels" USING btree ("measures_id");
  CREATE INDEX "action_items_committee_idx" ON "action_items" USING btree ("committee_id");
  CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");
  CREATE INDEX "action_items_owner_idx" ON "action_items" USING btree ("owner_id");
  CREATE INDEX "action_items_due_date_idx" ON "action_items" USING btree ("due_date");
  CREATE INDEX "action_items_status_idx" ON "action_items" USING btree ("status");
  CREATE INDEX "action_items_committee_slug_idx" ON "action_items" USING btree ("committee_slug");
  CREATE INDEX "action_items_updated_at_idx" ON "action_items" USING btree ("updated_at");
  CREATE INDEX "action_items_created_at_idx" ON "action_items" USING btree ("created_at");
  CREATE INDEX "action_items_rels_order_idx" ON "action_items_rels" USING btree ("order");
  CREATE INDEX "action_items_rels_parent_idx" ON "action_items_rels" USING btree ("parent_id");
  CREATE INDEX "action_items_rels_path_idx" ON "action_items_rels" USING btree ("path");
  CREATE INDEX "action_items_rels_measures_id_idx" ON "action_items_rels" USING btree ("measures_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_committees_fk" FOREIGN KEY ("committees_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_agenda_items_fk" FOREIGN KEY ("agenda_items_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_action_items_fk" FOREIGN KEY ("action_items_id") REFERENCES "public"."action_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_committees_id_idx" ON "payload_locked_documents_rels" USING btree ("committees_id");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_agenda_items_id_idx" ON "payload_locked_documents_rels" USING btree ("agenda_items_id");
  CREATE INDEX "payload_locked_documents_rels_action_items_id_idx" ON "payload_locked_documents_rels" USING btree ("action_items_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "committees_memberships" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "committees" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meetings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_items_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agenda_items_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "action_items_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "committees_memberships" CASCADE;
  DROP TABLE "committees" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "agenda_items_documents" CASCADE;
  DROP TABLE "agenda_items" CASCADE;
  DROP TABLE "agenda_items_rels" CASCADE;
  DROP TABLE "action_items" CASCADE;
  DROP TABLE "action_items_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_committees_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meetings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_agenda_items_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_action_items_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'searchSync');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'searchSync');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_committees_id_idx";
  DROP INDEX "payload_locked_documents_rels_meetings_id_idx";
  DROP INDEX "payload_locked_documents_rels_agenda_items_id_idx";
  DROP INDEX "payload_locked_documents_rels_action_items_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "committees_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meetings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "agenda_items_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "action_items_id";
  DROP TYPE "public"."enum_committees_memberships_role";
  DROP TYPE "public"."enum_committees_slug";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum_meetings_committee_slug";
  DROP TYPE "public"."enum_agenda_items_committee_slug";
  DROP TYPE "public"."enum_agenda_items_meeting_status";
  DROP TYPE "public"."enum_action_items_status";
  DROP TYPE "public"."enum_action_items_committee_slug";`)
}
