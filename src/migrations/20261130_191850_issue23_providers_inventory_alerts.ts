import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { providersBackToText, providersFromTextAfter, providersFromTextBefore } from './data/providersFromText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Contracts' free-text providers become records (src/migrations/data/providersFromText.ts), around the generated SQL.
  await providersFromTextBefore({ db: db as never })
  await db.execute(sql`
   CREATE TYPE "public"."enum_commune_tools_hosting" AS ENUM('sur-site', 'prestataire', 'cloud');
  CREATE TYPE "public"."enum_shared_incidents_vector" AS ENUM('hameconnage', 'compte-compromis', 'rancongiciel', 'faille-logicielle', 'prestataire', 'fraude-paiement', 'erreur-humaine', 'materiel', 'autre');
  CREATE TYPE "public"."enum_regional_alerts_severity" AS ENUM('information', 'importante', 'critique');
  CREATE TYPE "public"."enum_regional_alerts_expireson_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_regional_alerts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_regional_alerts_publishedat_tz" AS ENUM('Europe/Zurich');
  CREATE TYPE "public"."enum_regional_alerts_mailedat_tz" AS ENUM('Europe/Zurich');
  ALTER TYPE "public"."enum_audit_events_target_collection" ADD VALUE 'commune-tools' BEFORE 'commune-registers';
  ALTER TYPE "public"."enum_audit_events_target_collection" ADD VALUE 'providers' BEFORE 'commune-registers';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'regionalAlertMail' BEFORE 'searchSync';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'regionalAlertMail' BEFORE 'searchSync';
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
  
  CREATE TABLE "shared_incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer NOT NULL,
  	"incident_id" integer,
  	"title" varchar NOT NULL,
  	"summary" varchar NOT NULL,
  	"vector" "enum_shared_incidents_vector" NOT NULL,
  	"what_helped" varchar NOT NULL,
  	"show_commune" boolean DEFAULT false,
  	"shared_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regional_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"what_to_check" varchar NOT NULL,
  	"severity" "enum_regional_alerts_severity" DEFAULT 'importante' NOT NULL,
  	"expires_on" timestamp(3) with time zone NOT NULL,
  	"expireson_tz" "enum_regional_alerts_expireson_tz" DEFAULT 'Europe/Zurich',
  	"status" "enum_regional_alerts_status" DEFAULT 'draft' NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_regional_alerts_publishedat_tz" DEFAULT 'Europe/Zurich',
  	"mailed_at" timestamp(3) with time zone,
  	"mailedat_tz" "enum_regional_alerts_mailedat_tz" DEFAULT 'Europe/Zurich',
  	"mailed_to" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regional_alerts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"shared_incidents_id" integer
  );
  
  CREATE TABLE "alert_acknowledgements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alert_id" integer NOT NULL,
  	"commune_id" integer NOT NULL,
  	"note" varchar,
  	"recorded_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "actors" ADD COLUMN "provider_id" integer;
  ALTER TABLE "processes" ADD COLUMN "products_in_use" varchar;
  ALTER TABLE "contracts" ADD COLUMN "provider_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "commune_tools_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "shared_incidents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regional_alerts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_acknowledgements_id" integer;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_tools" ADD CONSTRAINT "commune_tools_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shared_incidents" ADD CONSTRAINT "shared_incidents_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "shared_incidents" ADD CONSTRAINT "shared_incidents_incident_id_digital_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."digital_incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regional_alerts_rels" ADD CONSTRAINT "regional_alerts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regional_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regional_alerts_rels" ADD CONSTRAINT "regional_alerts_rels_shared_incidents_fk" FOREIGN KEY ("shared_incidents_id") REFERENCES "public"."shared_incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_acknowledgements" ADD CONSTRAINT "alert_acknowledgements_alert_id_regional_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."regional_alerts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_acknowledgements" ADD CONSTRAINT "alert_acknowledgements_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "commune_tools_commune_idx" ON "commune_tools" USING btree ("commune_id");
  CREATE INDEX "commune_tools_process_idx" ON "commune_tools" USING btree ("process_id");
  CREATE INDEX "commune_tools_provider_idx" ON "commune_tools" USING btree ("provider_id");
  CREATE INDEX "commune_tools_contract_idx" ON "commune_tools" USING btree ("contract_id");
  CREATE INDEX "commune_tools_updated_at_idx" ON "commune_tools" USING btree ("updated_at");
  CREATE INDEX "commune_tools_created_at_idx" ON "commune_tools" USING btree ("created_at");
  CREATE INDEX "shared_incidents_commune_idx" ON "shared_incidents" USING btree ("commune_id");
  CREATE UNIQUE INDEX "shared_incidents_incident_idx" ON "shared_incidents" USING btree ("incident_id");
  CREATE INDEX "shared_incidents_updated_at_idx" ON "shared_incidents" USING btree ("updated_at");
  CREATE INDEX "shared_incidents_created_at_idx" ON "shared_incidents" USING btree ("created_at");
  CREATE INDEX "regional_alerts_status_idx" ON "regional_alerts" USING btree ("status");
  CREATE INDEX "regional_alerts_updated_at_idx" ON "regional_alerts" USING btree ("updated_at");
  CREATE INDEX "regional_alerts_created_at_idx" ON "regional_alerts" USING btree ("created_at");
  CREATE INDEX "regional_alerts_rels_order_idx" ON "regional_alerts_rels" USING btree ("order");
  CREATE INDEX "regional_alerts_rels_parent_idx" ON "regional_alerts_rels" USING btree ("parent_id");
  CREATE INDEX "regional_alerts_rels_path_idx" ON "regional_alerts_rels" USING btree ("path");
  CREATE INDEX "regional_alerts_rels_shared_incidents_id_idx" ON "regional_alerts_rels" USING btree ("shared_incidents_id");
  CREATE INDEX "alert_acknowledgements_alert_idx" ON "alert_acknowledgements" USING btree ("alert_id");
  CREATE INDEX "alert_acknowledgements_commune_idx" ON "alert_acknowledgements" USING btree ("commune_id");
  CREATE INDEX "alert_acknowledgements_updated_at_idx" ON "alert_acknowledgements" USING btree ("updated_at");
  CREATE INDEX "alert_acknowledgements_created_at_idx" ON "alert_acknowledgements" USING btree ("created_at");
  CREATE UNIQUE INDEX "alert_commune_idx" ON "alert_acknowledgements" USING btree ("alert_id","commune_id");
  ALTER TABLE "actors" ADD CONSTRAINT "actors_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_commune_tools_fk" FOREIGN KEY ("commune_tools_id") REFERENCES "public"."commune_tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_shared_incidents_fk" FOREIGN KEY ("shared_incidents_id") REFERENCES "public"."shared_incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regional_alerts_fk" FOREIGN KEY ("regional_alerts_id") REFERENCES "public"."regional_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_acknowledgements_fk" FOREIGN KEY ("alert_acknowledgements_id") REFERENCES "public"."alert_acknowledgements"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "actors_provider_idx" ON "actors" USING btree ("provider_id");
  CREATE INDEX "contracts_provider_idx" ON "contracts" USING btree ("provider_id");
  CREATE INDEX "payload_locked_documents_rels_commune_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("commune_tools_id");
  CREATE INDEX "payload_locked_documents_rels_shared_incidents_id_idx" ON "payload_locked_documents_rels" USING btree ("shared_incidents_id");
  CREATE INDEX "payload_locked_documents_rels_regional_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("regional_alerts_id");
  CREATE INDEX "payload_locked_documents_rels_alert_acknowledgements_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_acknowledgements_id");
  ALTER TABLE "contracts" DROP COLUMN "provider";`)
  await providersFromTextAfter({ db: db as never })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await providersBackToText({ db: db as never })
  await db.execute(sql`
   ALTER TABLE "commune_tools" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "shared_incidents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regional_alerts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regional_alerts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_acknowledgements" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "commune_tools" CASCADE;
  DROP TABLE "shared_incidents" CASCADE;
  DROP TABLE "regional_alerts" CASCADE;
  DROP TABLE "regional_alerts_rels" CASCADE;
  DROP TABLE "alert_acknowledgements" CASCADE;
  ALTER TABLE "actors" DROP CONSTRAINT "actors_provider_id_providers_id_fk";
  
  ALTER TABLE "contracts" DROP CONSTRAINT "contracts_provider_id_providers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_commune_tools_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_shared_incidents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regional_alerts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_acknowledgements_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "target_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_target_collection";
  CREATE TYPE "public"."enum_audit_events_target_collection" AS ENUM('users', 'contracts', 'commune-registers', 'digital-decisions', 'digital-incidents', 'priority-changes', 'meetings', 'exports');
  ALTER TABLE "audit_events" ALTER COLUMN "target_collection" SET DATA TYPE "public"."enum_audit_events_target_collection" USING "target_collection"::"public"."enum_audit_events_target_collection";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'contractNoticeReminders', 'eventMail', 'searchSync', 'auditRetention');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "actors_provider_idx";
  DROP INDEX "contracts_provider_idx";
  DROP INDEX "payload_locked_documents_rels_commune_tools_id_idx";
  DROP INDEX "payload_locked_documents_rels_shared_incidents_id_idx";
  DROP INDEX "payload_locked_documents_rels_regional_alerts_id_idx";
  DROP INDEX "payload_locked_documents_rels_alert_acknowledgements_id_idx";
  ALTER TABLE "contracts" ALTER COLUMN "provider" SET NOT NULL;
  ALTER TABLE "actors" DROP COLUMN "provider_id";
  ALTER TABLE "processes" DROP COLUMN "products_in_use";
  ALTER TABLE "contracts" DROP COLUMN "provider_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "commune_tools_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "shared_incidents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regional_alerts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_acknowledgements_id";
  DROP TYPE "public"."enum_commune_tools_hosting";
  DROP TYPE "public"."enum_shared_incidents_vector";
  DROP TYPE "public"."enum_regional_alerts_severity";
  DROP TYPE "public"."enum_regional_alerts_expireson_tz";
  DROP TYPE "public"."enum_regional_alerts_status";
  DROP TYPE "public"."enum_regional_alerts_publishedat_tz";
  DROP TYPE "public"."enum_regional_alerts_mailedat_tz";`)
}
