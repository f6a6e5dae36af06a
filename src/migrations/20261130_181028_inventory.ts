import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_commune_tools_hosting" AS ENUM('sur-site', 'prestataire', 'cloud');
  ALTER TYPE "public"."enum_audit_events_target_collection" ADD VALUE 'commune-tools' BEFORE 'commune-registers';
  ALTER TYPE "public"."enum_audit_events_target_collection" ADD VALUE 'providers' BEFORE 'commune-registers';
  CREATE TABLE "commune_tools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer NOT NULL,
  	"process_id" integer NOT NULL,
  	"product" varchar NOT NULL,
  	"provider_id" integer,
  	"hosting" "enum_commune_tools_hosting",
  	"hosting_where" varchar,
  	"in_use_since" numeric,
  	"contract_id" integer,
  	"rating" numeric,
  	"comment" varchar,
  	"willing_to_be_contacted" boolean DEFAULT false,
  	"recorded_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "processes" ADD COLUMN "products_in_use" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "commune_tools_id" integer;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "commune_tools_commune_idx" ON "commune_tools" USING btree ("commune_id");
  CREATE INDEX "commune_tools_process_idx" ON "commune_tools" USING btree ("process_id");
  CREATE INDEX "commune_tools_provider_idx" ON "commune_tools" USING btree ("provider_id");
  CREATE INDEX "commune_tools_contract_idx" ON "commune_tools" USING btree ("contract_id");
  CREATE INDEX "commune_tools_updated_at_idx" ON "commune_tools" USING btree ("updated_at");
  CREATE INDEX "commune_tools_created_at_idx" ON "commune_tools" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_commune_tools_fk" FOREIGN KEY ("commune_tools_id") REFERENCES "public"."commune_tools"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_commune_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("commune_tools_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "commune_tools" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "commune_tools" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_commune_tools_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "target_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_target_collection";
  CREATE TYPE "public"."enum_audit_events_target_collection" AS ENUM('users', 'contracts', 'commune-registers', 'digital-decisions', 'digital-incidents', 'priority-changes', 'meetings', 'exports');
  ALTER TABLE "audit_events" ALTER COLUMN "target_collection" SET DATA TYPE "public"."enum_audit_events_target_collection" USING "target_collection"::"public"."enum_audit_events_target_collection";
  DROP INDEX "payload_locked_documents_rels_commune_tools_id_idx";
  ALTER TABLE "processes" DROP COLUMN "products_in_use";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "commune_tools_id";
  DROP TYPE "public"."enum_commune_tools_hosting";`)
}
