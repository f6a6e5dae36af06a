import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_measures_axis" AS ENUM('partage-informations', 'accompagnements-specifiques', 'convergence-actions', 'valorisation-donnees');
  CREATE TYPE "public"."enum_measures_priority" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_measures_status" AS ENUM('a-lancer', 'en-cours', 'realisee', 'continue', 'suspendue');
  CREATE TYPE "public"."enum_priority_changes_to_priority" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_priority_changes_from_priority" AS ENUM('A', 'B', 'C');
  CREATE TYPE "public"."enum_priority_changes_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_measure_updates_field" AS ENUM('status', 'progress', 'priority', 'rank', 'owner');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'measureDigest' BEFORE 'searchSync';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'measureDigest' BEFORE 'searchSync';
  CREATE TABLE "measures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"axis" "enum_measures_axis" NOT NULL,
  	"priority" "enum_measures_priority" NOT NULL,
  	"rank" numeric NOT NULL,
  	"partners" varchar,
  	"deliverable" varchar,
  	"justification" varchar,
  	"status" "enum_measures_status" DEFAULT 'a-lancer' NOT NULL,
  	"progress" numeric DEFAULT 0 NOT NULL,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "priority_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"measure_id" integer NOT NULL,
  	"to_priority" "enum_priority_changes_to_priority",
  	"to_rank" numeric,
  	"rationale" varchar NOT NULL,
  	"from_priority" "enum_priority_changes_from_priority",
  	"from_rank" numeric,
  	"status" "enum_priority_changes_status" DEFAULT 'pending' NOT NULL,
  	"proposed_by_id" integer,
  	"proposed_by_name" varchar,
  	"decided_by_id" integer,
  	"decided_by_name" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"decision_comment" varchar,
  	"meeting" varchar,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "measure_updates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"measure_id" integer NOT NULL,
  	"field" "enum_measure_updates_field" NOT NULL,
  	"from" varchar,
  	"to" varchar,
  	"note" varchar,
  	"proposal_id" integer,
  	"by_id" integer,
  	"by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "measures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "priority_changes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "measure_updates_id" integer;
  ALTER TABLE "measures" ADD CONSTRAINT "measures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "priority_changes" ADD CONSTRAINT "priority_changes_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "priority_changes" ADD CONSTRAINT "priority_changes_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "priority_changes" ADD CONSTRAINT "priority_changes_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measure_updates" ADD CONSTRAINT "measure_updates_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measure_updates" ADD CONSTRAINT "measure_updates_proposal_id_priority_changes_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."priority_changes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "measure_updates" ADD CONSTRAINT "measure_updates_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "measures_number_idx" ON "measures" USING btree ("number");
  CREATE INDEX "measures_rank_idx" ON "measures" USING btree ("rank");
  CREATE INDEX "measures_owner_idx" ON "measures" USING btree ("owner_id");
  CREATE INDEX "measures_updated_at_idx" ON "measures" USING btree ("updated_at");
  CREATE INDEX "measures_created_at_idx" ON "measures" USING btree ("created_at");
  CREATE INDEX "priority_changes_measure_idx" ON "priority_changes" USING btree ("measure_id");
  CREATE INDEX "priority_changes_status_idx" ON "priority_changes" USING btree ("status");
  CREATE INDEX "priority_changes_proposed_by_idx" ON "priority_changes" USING btree ("proposed_by_id");
  CREATE INDEX "priority_changes_decided_by_idx" ON "priority_changes" USING btree ("decided_by_id");
  CREATE INDEX "priority_changes_updated_at_idx" ON "priority_changes" USING btree ("updated_at");
  CREATE INDEX "priority_changes_created_at_idx" ON "priority_changes" USING btree ("created_at");
  CREATE INDEX "measure_updates_measure_idx" ON "measure_updates" USING btree ("measure_id");
  CREATE INDEX "measure_updates_proposal_idx" ON "measure_updates" USING btree ("proposal_id");
  CREATE INDEX "measure_updates_by_idx" ON "measure_updates" USING btree ("by_id");
  CREATE INDEX "measure_updates_updated_at_idx" ON "measure_updates" USING btree ("updated_at");
  CREATE INDEX "measure_updates_created_at_idx" ON "measure_updates" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_priority_changes_fk" FOREIGN KEY ("priority_changes_id") REFERENCES "public"."priority_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_measure_updates_fk" FOREIGN KEY ("measure_updates_id") REFERENCES "public"."measure_updates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_measures_id_idx" ON "payload_locked_documents_rels" USING btree ("measures_id");
  CREATE INDEX "payload_locked_documents_rels_priority_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("priority_changes_id");
  CREATE INDEX "payload_locked_documents_rels_measure_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("measure_updates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "measures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "priority_changes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "measure_updates" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "measures" CASCADE;
  DROP TABLE "priority_changes" CASCADE;
  DROP TABLE "measure_updates" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_measures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_priority_changes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_measure_updates_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'searchSync');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'searchSync');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_measures_id_idx";
  DROP INDEX "payload_locked_documents_rels_priority_changes_id_idx";
  DROP INDEX "payload_locked_documents_rels_measure_updates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "measures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "priority_changes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "measure_updates_id";
  DROP TYPE "public"."enum_measures_axis";
  DROP TYPE "public"."enum_measures_priority";
  DROP TYPE "public"."enum_measures_status";
  DROP TYPE "public"."enum_priority_changes_to_priority";
  DROP TYPE "public"."enum_priority_changes_from_priority";
  DROP TYPE "public"."enum_priority_changes_status";
  DROP TYPE "public"."enum_measure_updates_field";`)
}
