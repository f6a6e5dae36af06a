import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_inactivity_notice" AS ENUM('30', '7');
  CREATE TYPE "public"."enum_account_requests_requested_role" AS ENUM('member', 'cotec', 'copil');
  CREATE TYPE "public"."enum_account_requests_status" AS ENUM('unconfirmed', 'pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_account_events_type" AS ENUM('requested', 'confirmed', 'approved', 'rejected', 'warned-30', 'warned-7', 'disabled', 'enabled', 'delegate-named', 'delegate-removed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'accountInactivity';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'accountInactivity';
  CREATE TABLE "account_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"commune_id" integer NOT NULL,
  	"function" varchar NOT NULL,
  	"requested_role" "enum_account_requests_requested_role" DEFAULT 'member' NOT NULL,
  	"comment" varchar,
  	"status" "enum_account_requests_status" DEFAULT 'unconfirmed' NOT NULL,
  	"decision_comment" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"account_id" integer,
  	"confirm_token" varchar,
  	"confirm_expires_at" timestamp(3) with time zone,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "account_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_account_events_type" NOT NULL,
  	"email" varchar NOT NULL,
  	"commune_id" integer,
  	"user_id" integer,
  	"request_id" integer,
  	"actor_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "disabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "inactivity_notice" "enum_users_inactivity_notice";
  ALTER TABLE "users" ADD COLUMN "inactivity_warned_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_events_id" integer;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_requests" ADD CONSTRAINT "account_requests_account_id_users_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_events" ADD CONSTRAINT "account_events_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_events" ADD CONSTRAINT "account_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_events" ADD CONSTRAINT "account_events_request_id_account_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."account_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "account_events" ADD CONSTRAINT "account_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "account_requests_email_idx" ON "account_requests" USING btree ("email");
  CREATE INDEX "account_requests_commune_idx" ON "account_requests" USING btree ("commune_id");
  CREATE INDEX "account_requests_status_idx" ON "account_requests" USING btree ("status");
  CREATE INDEX "account_requests_decided_by_idx" ON "account_requests" USING btree ("decided_by_id");
  CREATE INDEX "account_requests_account_idx" ON "account_requests" USING btree ("account_id");
  CREATE INDEX "account_requests_confirm_token_idx" ON "account_requests" USING btree ("confirm_token");
  CREATE INDEX "account_requests_ip_hash_idx" ON "account_requests" USING btree ("ip_hash");
  CREATE INDEX "account_requests_updated_at_idx" ON "account_requests" USING btree ("updated_at");
  CREATE INDEX "account_requests_created_at_idx" ON "account_requests" USING btree ("created_at");
  CREATE INDEX "account_events_type_idx" ON "account_events" USING btree ("type");
  CREATE INDEX "account_events_commune_idx" ON "account_events" USING btree ("commune_id");
  CREATE INDEX "account_events_user_idx" ON "account_events" USING btree ("user_id");
  CREATE INDEX "account_events_request_idx" ON "account_events" USING btree ("request_id");
  CREATE INDEX "account_events_actor_idx" ON "account_events" USING btree ("actor_id");
  CREATE INDEX "account_events_updated_at_idx" ON "account_events" USING btree ("updated_at");
  CREATE INDEX "account_events_created_at_idx" ON "account_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_requests_fk" FOREIGN KEY ("account_requests_id") REFERENCES "public"."account_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_events_fk" FOREIGN KEY ("account_events_id") REFERENCES "public"."account_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_disabled_idx" ON "users" USING btree ("disabled");
  CREATE INDEX "payload_locked_documents_rels_account_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("account_requests_id");
  CREATE INDEX "payload_locked_documents_rels_account_events_id_idx" ON "payload_locked_documents_rels" USING btree ("account_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "account_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "account_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "account_requests" CASCADE;
  DROP TABLE "account_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_events_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_disabled_idx";
  DROP INDEX "payload_locked_documents_rels_account_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_account_events_id_idx";
  ALTER TABLE "users" DROP COLUMN "disabled";
  ALTER TABLE "users" DROP COLUMN "disabled_at";
  ALTER TABLE "users" DROP COLUMN "inactivity_notice";
  ALTER TABLE "users" DROP COLUMN "inactivity_warned_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_events_id";
  DROP TYPE "public"."enum_users_inactivity_notice";
  DROP TYPE "public"."enum_account_requests_requested_role";
  DROP TYPE "public"."enum_account_requests_status";
  DROP TYPE "public"."enum_account_events_type";`)
}
