import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_content_reports_target_kind" AS ENUM('guides', 'faqs', 'templates');
  CREATE TYPE "public"."enum_content_reports_status" AS ENUM('ouvert', 'traite', 'ecarte');
  CREATE TYPE "public"."enum_content_reports_handledat_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_content_reports_notifiedat_tz" AS ENUM('Europe/Zurich');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'contentReportMail' BEFORE 'searchSync';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'contentReportMail' BEFORE 'searchSync';
  CREATE TABLE "content_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_kind" "enum_content_reports_target_kind" NOT NULL,
  	"target_id" numeric NOT NULL,
  	"target_title" varchar,
  	"target_path" varchar,
  	"section" varchar,
  	"message" varchar NOT NULL,
  	"reporter_id" integer NOT NULL,
  	"reporter_name" varchar,
  	"reporter_commune_id" integer,
  	"owner_id" integer,
  	"status" "enum_content_reports_status" DEFAULT 'ouvert' NOT NULL,
  	"reply_note" varchar,
  	"handled_by_id" integer,
  	"handled_by_name" varchar,
  	"handled_at" timestamp(3) with time zone,
  	"handledat_tz" "enum_content_reports_handledat_tz" DEFAULT 'Europe/Zurich',
  	"notified_at" timestamp(3) with time zone,
  	"notifiedat_tz" "enum_content_reports_notifiedat_tz" DEFAULT 'Europe/Zurich',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides" ADD COLUMN "change_note" varchar;
  ALTER TABLE "guides" ADD COLUMN "revised_by_name" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_guides_v" ADD COLUMN "version_revised_by_name" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_reports_id" integer;
  ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_reporter_commune_id_communes_id_fk" FOREIGN KEY ("reporter_commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_handled_by_id_users_id_fk" FOREIGN KEY ("handled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "content_reports_target_id_idx" ON "content_reports" USING btree ("target_id");
  CREATE INDEX "content_reports_reporter_idx" ON "content_reports" USING btree ("reporter_id");
  CREATE INDEX "content_reports_reporter_commune_idx" ON "content_reports" USING btree ("reporter_commune_id");
  CREATE INDEX "content_reports_owner_idx" ON "content_reports" USING btree ("owner_id");
  CREATE INDEX "content_reports_status_idx" ON "content_reports" USING btree ("status");
  CREATE INDEX "content_reports_handled_by_idx" ON "content_reports" USING btree ("handled_by_id");
  CREATE INDEX "content_reports_updated_at_idx" ON "content_reports" USING btree ("updated_at");
  CREATE INDEX "content_reports_created_at_idx" ON "content_reports" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_reports_fk" FOREIGN KEY ("content_reports_id") REFERENCES "public"."content_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_content_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("content_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_reports_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_content_reports_id_idx";
  ALTER TABLE "guides" DROP COLUMN "change_note";
  ALTER TABLE "guides" DROP COLUMN "revised_by_name";
  ALTER TABLE "_guides_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_guides_v" DROP COLUMN "version_revised_by_name";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_reports_id";
  DROP TYPE "public"."enum_content_reports_target_kind";
  DROP TYPE "public"."enum_content_reports_status";
  DROP TYPE "public"."enum_content_reports_handledat_tz";
  DROP TYPE "public"."enum_content_reports_notifiedat_tz";`)
}
