import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { markSeededRecurringActions } from './data/recurringChecklistActions'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_guides_checklist_recurrence" AS ENUM('6', '12', '24');
  CREATE TYPE "public"."enum__guides_v_version_checklist_recurrence" AS ENUM('6', '12', '24');
  CREATE TYPE "public"."enum_checklist_progress_doneon_tz" AS ENUM('Europe/Zurich');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recurringChecklistReminders' BEFORE 'eventMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recurringChecklistReminders' BEFORE 'eventMail';
  ALTER TABLE "media" ADD COLUMN "commune_id" integer;
  ALTER TABLE "guides_checklist" ADD COLUMN "recurrence" "enum_guides_checklist_recurrence";
  ALTER TABLE "_guides_v_version_checklist" ADD COLUMN "recurrence" "enum__guides_v_version_checklist_recurrence";
  ALTER TABLE "checklist_progress" ADD COLUMN "done_on" timestamp(3) with time zone;
  ALTER TABLE "checklist_progress" ADD COLUMN "doneon_tz" "enum_checklist_progress_doneon_tz" DEFAULT 'Europe/Zurich';
  ALTER TABLE "checklist_progress" ADD COLUMN "proof_id" integer;
  ALTER TABLE "checklist_progress" ADD COLUMN "reminded_for" timestamp(3) with time zone;
  ALTER TABLE "media" ADD CONSTRAINT "media_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "checklist_progress" ADD CONSTRAINT "checklist_progress_proof_id_media_id_fk" FOREIGN KEY ("proof_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_commune_idx" ON "media" USING btree ("commune_id");
  CREATE INDEX "checklist_progress_proof_idx" ON "checklist_progress" USING btree ("proof_id");`)
  // The seeded yearly actions of databases seeded before (src/migrations/data/recurringChecklistActions.ts).
  await markSeededRecurringActions({ db: db as never })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_commune_id_communes_id_fk";
  
  ALTER TABLE "checklist_progress" DROP CONSTRAINT "checklist_progress_proof_id_media_id_fk";
  
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
  ALTER TABLE "media" DROP COLUMN "commune_id";
  ALTER TABLE "guides_checklist" DROP COLUMN "recurrence";
  ALTER TABLE "_guides_v_version_checklist" DROP COLUMN "recurrence";
  ALTER TABLE "checklist_progress" DROP COLUMN "done_on";
  ALTER TABLE "checklist_progress" DROP COLUMN "doneon_tz";
  ALTER TABLE "checklist_progress" DROP COLUMN "proof_id";
  ALTER TABLE "checklist_progress" DROP COLUMN "reminded_for";
  DROP TYPE "public"."enum_guides_checklist_recurrence";
  DROP TYPE "public"."enum__guides_v_version_checklist_recurrence";
  DROP TYPE "public"."enum_checklist_progress_doneon_tz";`)
}
