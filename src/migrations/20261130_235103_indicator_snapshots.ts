import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'indicatorSnapshots';
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "indicator_snapshots_id" integer;
  ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "indicator_snapshots_indicator_idx" ON "indicator_snapshots" USING btree ("indicator");
  CREATE INDEX "indicator_snapshots_commune_idx" ON "indicator_snapshots" USING btree ("commune_id");
  CREATE INDEX "indicator_snapshots_month_idx" ON "indicator_snapshots" USING btree ("month");
  CREATE INDEX "indicator_snapshots_updated_at_idx" ON "indicator_snapshots" USING btree ("updated_at");
  CREATE INDEX "indicator_snapshots_created_at_idx" ON "indicator_snapshots" USING btree ("created_at");
  CREATE UNIQUE INDEX "indicator_commune_month_idx" ON "indicator_snapshots" USING btree ("indicator","commune_id","month");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk" FOREIGN KEY ("indicator_snapshots_id") REFERENCES "public"."indicator_snapshots"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx" ON "payload_locked_documents_rels" USING btree ("indicator_snapshots_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "indicator_snapshots" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "indicator_snapshots" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_indicator_snapshots_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'followDigest', 'followEvent', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'followDigest', 'followEvent', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_indicator_snapshots_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "indicator_snapshots_id";`)
}
