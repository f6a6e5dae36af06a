import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { markSeededRecurringActions } from './data/recurringChecklistActions'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_checklist_recurrence" AS ENUM('6', '12', '24');
  CREATE TYPE "public"."enum__guides_v_version_checklist_recurrence" AS ENUM('6', '12', '24');
  CREATE TYPE "public"."enum_checklist_progress_doneon_tz" AS ENUM('Europe/Zurich');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recurringChecklistReminders' BEFORE 'eventMail';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'indicatorSnapshots';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recurringChecklistReminders' BEFORE 'eventMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'indicatorSnapshots';
  CREATE TABLE "indicator_snapshots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator" varchar NOT NULL,
  	"commune_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"value" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "commune_id" integer;
  ALTER TABLE "guides_checklist" ADD COLUMN "recurrence" "enum_guides_checklist_recurrence";
  ALTER TABLE "_guides_v_version_checklist" ADD COLUMN "recurrence" "enum__guides_v_version_checklist_recurrence";
  ALTER TABLE "checklist_progress" ADD COLUMN "done_on" timestamp(3) with time zone;
  ALTER TABLE "checklist_progress" ADD COLUMN "doneon_tz" "enum_checklist_progress_doneon_tz" DEFAULT 'Europe/Zurich';
  ALTER TABLE "checklist_progress" ADD COLUMN "proof_id" integer;
  ALTER TABLE "checklist_progress" ADD COLUMN "reminded_for" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicator_snapshots_id" integer;
  ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "indicator_snapshots_indicator_idx" ON "indicator_snapshots" USING btree ("indicator");
  CREATE INDEX "indicator_snapshots_commune_idx" ON "indicator_snapshots" USING btree ("commune_id");
  CREATE INDEX "indicator_snapshots_month_idx" ON "indicator_snapshots" USING btree ("month");
  CREATE INDEX "indicator_snapshots_updated_at_idx" ON "indicator_snapshots" USING btree ("updated_at");
  CREATE INDEX "indicator_snapshots_created_at_idx" ON "indicator_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_commune_month_idx" ON "indicator_snapshots" USING btree ("indicator","commune_id","month");
  ALTER TABLE "media" ADD CONSTRAINT "media_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "checklist_progress" ADD CONSTRAINT "checklist_progress_proof_id_media_id_fk" FOREIGN KEY ("proof_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk" FOREIGN KEY ("indicator_snapshots_id") REFERENCES "public"."indicator_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_commune_idx" ON "media" USING btree ("commune_id");
  CREATE INDEX "checklist_progress_proof_idx" ON "checklist_progress" USING btree ("proof_id");
  CREATE INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_snapshots_id");`)
  // The seeded yearly actions of databases seeded before (src/migrations/data/recurringChecklistActions.ts).
  await markSeededRecurringActions({ db: db as never })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "indicator_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "indicator_snapshots" CASCADE;
  ALTER TABLE "media" DROP CONSTRAINT "media_commune_id_communes_id_fk";
  
  ALTER TABLE "checklist_progress" DROP CONSTRAINT "checklist_progress_proof_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'followDigest', 'followEvent', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'followDigest', 'followEvent', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_commune_idx";
  DROP INDEX "checklist_progress_proof_idx";
  DROP INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx";
  ALTER TABLE "media" DROP COLUMN "commune_id";
  ALTER TABLE "guides_checklist" DROP COLUMN "recurrence";
  ALTER TABLE "_guides_v_version_checklist" DROP COLUMN "recurrence";
  ALTER TABLE "checklist_progress" DROP COLUMN "done_on";
  ALTER TABLE "checklist_progress" DROP COLUMN "doneon_tz";
  ALTER TABLE "checklist_progress" DROP COLUMN "proof_id";
  ALTER TABLE "checklist_progress" DROP COLUMN "reminded_for";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicator_snapshots_id";
  DROP TYPE "public"."enum_guides_checklist_recurrence";
  DROP TYPE "public"."enum__guides_v_version_checklist_recurrence";
  DROP TYPE "public"."enum_checklist_progress_doneon_tz";`)
}
