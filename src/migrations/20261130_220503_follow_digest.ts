import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_muted_notifications" AS ENUM('guide-action', 'guide-revised', 'measure-change', 'minutes', 'watch-item');
  CREATE TYPE "public"."enum_users_digest_frequency" AS ENUM('daily', 'weekly');
  CREATE TYPE "public"."enum_follows_target" AS ENUM('guide', 'measure', 'committee', 'watch-kind', 'product');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('guide-action', 'guide-revised', 'measure-change', 'minutes', 'watch-item');
  CREATE TYPE "public"."enum_notifications_claimedat_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_notifications_sentat_tz" AS ENUM('Europe/Zurich');
  CREATE TABLE "users_muted_notifications" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_muted_notifications",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "follows" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"target" "enum_follows_target" NOT NULL,
  	"key" varchar NOT NULL,
  	"label" varchar,
  	"following" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"event_key" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"detail" varchar,
  	"url" varchar NOT NULL,
  	"subject_collection" varchar NOT NULL,
  	"subject_id" varchar NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"claimedat_tz" "enum_notifications_claimedat_tz" DEFAULT 'Europe/Zurich',
  	"sent_at" timestamp(3) with time zone,
  	"sentat_tz" "enum_notifications_sentat_tz" DEFAULT 'Europe/Zurich',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'followDigest', 'followEvent', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'followDigest', 'followEvent', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "users" ADD COLUMN "digest_frequency" "enum_users_digest_frequency" DEFAULT 'weekly';
  ALTER TABLE "guides_checklist" ADD COLUMN "added_at" timestamp(3) with time zone;
  ALTER TABLE "_guides_v_version_checklist" ADD COLUMN "added_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "follows_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "users_muted_notifications" ADD CONSTRAINT "users_muted_notifications_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "users_muted_notifications_order_idx" ON "users_muted_notifications" USING btree ("order");
  CREATE INDEX "users_muted_notifications_parent_idx" ON "users_muted_notifications" USING btree ("parent_id");
  CREATE INDEX "follows_user_idx" ON "follows" USING btree ("user_id");
  CREATE INDEX "follows_target_idx" ON "follows" USING btree ("target");
  CREATE INDEX "follows_key_idx" ON "follows" USING btree ("key");
  CREATE INDEX "follows_updated_at_idx" ON "follows" USING btree ("updated_at");
  CREATE INDEX "follows_created_at_idx" ON "follows" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_target_key_idx" ON "follows" USING btree ("user_id","target","key");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_claimed_at_idx" ON "notifications" USING btree ("claimed_at");
  CREATE INDEX "notifications_sent_at_idx" ON "notifications" USING btree ("sent_at");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE UNIQUE INDEX "recipient_eventKey_idx" ON "notifications" USING btree ("recipient_id","event_key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follows_fk" FOREIGN KEY ("follows_id") REFERENCES "public"."follows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_follows_id_idx" ON "payload_locked_documents_rels" USING btree ("follows_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  ALTER TABLE "priority_changes" DROP COLUMN "notified_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_muted_notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "follows" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_muted_notifications" CASCADE;
  DROP TABLE "follows" CASCADE;
  DROP TABLE "notifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_follows_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'regionalAlertMail', 'contentReportMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_follows_id_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  ALTER TABLE "priority_changes" ADD COLUMN "notified_at" timestamp(3) with time zone;
  ALTER TABLE "users" DROP COLUMN "digest_frequency";
  ALTER TABLE "guides_checklist" DROP COLUMN "added_at";
  ALTER TABLE "_guides_v_version_checklist" DROP COLUMN "added_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "follows_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_users_muted_notifications";
  DROP TYPE "public"."enum_users_digest_frequency";
  DROP TYPE "public"."enum_follows_target";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_notifications_claimedat_tz";
  DROP TYPE "public"."enum_notifications_sentat_tz";`)
}
