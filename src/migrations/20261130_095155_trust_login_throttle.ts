import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "throttle_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"subject" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "throttle_events_id" integer;
  CREATE INDEX "throttle_events_updated_at_idx" ON "throttle_events" USING btree ("updated_at");
  CREATE INDEX "throttle_events_created_at_idx" ON "throttle_events" USING btree ("created_at");
  CREATE INDEX "action_subject_idx" ON "throttle_events" USING btree ("action","subject");
  CREATE INDEX "action_source_idx" ON "throttle_events" USING btree ("action","source");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_throttle_events_fk" FOREIGN KEY ("throttle_events_id") REFERENCES "public"."throttle_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_throttle_events_id_idx" ON "payload_locked_documents_rels" USING btree ("throttle_events_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "throttle_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "throttle_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_throttle_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_throttle_events_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "throttle_events_id";`)
}
