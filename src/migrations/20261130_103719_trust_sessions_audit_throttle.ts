import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_events_action" AS ENUM('account-created', 'account-changed', 'account-disabled', 'account-enabled', 'account-deleted', 'password-reset-sent', 'second-factor-enabled', 'second-factor-disabled', 'second-factor-reset', 'record-created', 'record-updated', 'record-deleted', 'priority-decided', 'meeting-status-changed', 'export-downloaded');
  CREATE TYPE "public"."enum_audit_events_target_collection" AS ENUM('users', 'contracts', 'commune-registers', 'digital-decisions', 'digital-incidents', 'priority-changes', 'meetings', 'exports');
  ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'sessions-ended';
  ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'sessions-ended-everyone';
  ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'reset-link-sent';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'auditRetention';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'auditRetention';
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_events_action" NOT NULL,
  	"actor_id" integer,
  	"actor_name" varchar,
  	"actor_roles" varchar,
  	"target_collection" "enum_audit_events_target_collection" NOT NULL,
  	"target_id" varchar,
  	"target_label" varchar,
  	"commune_id" integer,
  	"changes" jsonb,
  	"detail" jsonb,
  	"source_address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "throttle_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"subject" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD COLUMN "device" varchar;
  ALTER TABLE "users_sessions" ADD COLUMN "last_seen_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "throttle_events_id" integer;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");
  CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");
  CREATE INDEX "audit_events_target_collection_idx" ON "audit_events" USING btree ("target_collection");
  CREATE INDEX "audit_events_target_id_idx" ON "audit_events" USING btree ("target_id");
  CREATE INDEX "audit_events_commune_idx" ON "audit_events" USING btree ("commune_id");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  CREATE INDEX "throttle_events_updated_at_idx" ON "throttle_events" USING btree ("updated_at");
  CREATE INDEX "throttle_events_created_at_idx" ON "throttle_events" USING btree ("created_at");
  CREATE INDEX "action_subject_idx" ON "throttle_events" USING btree ("action","subject");
  CREATE INDEX "action_source_idx" ON "throttle_events" USING btree ("action","source");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_throttle_events_fk" FOREIGN KEY ("throttle_events_id") REFERENCES "public"."throttle_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");
  CREATE INDEX "payload_locked_documents_rels_throttle_events_id_idx" ON "payload_locked_documents_rels" USING btree ("throttle_events_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "throttle_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_events" CASCADE;
  DROP TABLE "throttle_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_throttle_events_fk";
  
  ALTER TABLE "account_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_account_events_type";
  CREATE TYPE "public"."enum_account_events_type" AS ENUM('requested', 'confirmed', 'approved', 'rejected', 'warned-30', 'warned-7', 'disabled', 'enabled', 'delegate-named', 'delegate-removed', 'totp-enabled', 'totp-disabled', 'totp-reset');
  ALTER TABLE "account_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_account_events_type" USING "type"::"public"."enum_account_events_type";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'searchSync');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'searchSync');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_audit_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_throttle_events_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users_sessions" DROP COLUMN "device";
  ALTER TABLE "users_sessions" DROP COLUMN "last_seen_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "throttle_events_id";
  DROP TYPE "public"."enum_audit_events_action";
  DROP TYPE "public"."enum_audit_events_target_collection";`)
}
