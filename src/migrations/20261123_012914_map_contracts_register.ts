import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_actors_level" AS ENUM('federal', 'cantonal', 'regional', 'intercommunal', 'communal', 'partenaires');
  CREATE TYPE "public"."enum_initiatives_themes" AS ENUM('cybersecurite', 'guichet-virtuel', 'donnees', 'formation', 'inclusion', 'infrastructure', 'gouvernance');
  CREATE TYPE "public"."enum_initiatives_level" AS ENUM('federal', 'cantonal', 'regional', 'intercommunal', 'communal');
  CREATE TYPE "public"."enum_initiatives_stage" AS ENUM('en-preparation', 'en-cours', 'realisee', 'abandonnee');
  CREATE TYPE "public"."enum_initiatives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__initiatives_v_version_themes" AS ENUM('cybersecurite', 'guichet-virtuel', 'donnees', 'formation', 'inclusion', 'infrastructure', 'gouvernance');
  CREATE TYPE "public"."enum__initiatives_v_version_level" AS ENUM('federal', 'cantonal', 'regional', 'intercommunal', 'communal');
  CREATE TYPE "public"."enum__initiatives_v_version_stage" AS ENUM('en-preparation', 'en-cours', 'realisee', 'abandonnee');
  CREATE TYPE "public"."enum__initiatives_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_contracts_answers_answer" AS ENUM('oui', 'partiel', 'non', 'inconnu', 'sans-objet');
  CREATE TYPE "public"."enum_commune_registers_referent_function" AS ENUM('secretaire', 'executif', 'externe', 'autre');
  CREATE TYPE "public"."enum_digital_decisions_decided_by" AS ENUM('executif', 'administration', 'referent');
  CREATE TYPE "public"."enum_digital_incidents_status" AS ENUM('ouvert', 'clos');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'contractNoticeReminders' BEFORE 'eventMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'contractNoticeReminders' BEFORE 'eventMail';
  CREATE TABLE "actors_missions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "actors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"acronym" varchar,
  	"level" "enum_actors_level" NOT NULL,
  	"summary" varchar NOT NULL,
  	"website" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "initiatives_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_initiatives_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "initiatives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"description" varchar,
  	"lead_id" integer,
  	"all_communes" boolean DEFAULT false,
  	"level" "enum_initiatives_level",
  	"stage" "enum_initiatives_stage" DEFAULT 'en-cours',
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"website" varchar,
  	"source" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_initiatives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "initiatives_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"actors_id" integer,
  	"communes_id" integer,
  	"measures_id" integer
  );
  
  CREATE TABLE "_initiatives_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__initiatives_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_initiatives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_description" varchar,
  	"version_lead_id" integer,
  	"version_all_communes" boolean DEFAULT false,
  	"version_level" "enum__initiatives_v_version_level",
  	"version_stage" "enum__initiatives_v_version_stage" DEFAULT 'en-cours',
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_website" varchar,
  	"version_source" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__initiatives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_initiatives_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"actors_id" integer,
  	"communes_id" integer,
  	"measures_id" integer
  );
  
  CREATE TABLE "contract_criteria" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"position" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"question" varchar NOT NULL,
  	"why" varchar NOT NULL,
  	"advice" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contracts_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion_id" integer NOT NULL,
  	"answer" "enum_contracts_answers_answer" NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "contracts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer NOT NULL,
  	"provider" varchar NOT NULL,
  	"service" varchar NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"term_ends_on" timestamp(3) with time zone,
  	"notice_months" numeric DEFAULT 0,
  	"auto_renewal" boolean DEFAULT false,
  	"notice_deadline" timestamp(3) with time zone,
  	"notes" varchar,
  	"recorded_by_name" varchar,
  	"notice_reminder_sent_for" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "commune_registers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer NOT NULL,
  	"referent_name" varchar NOT NULL,
  	"referent_function" "enum_commune_registers_referent_function" NOT NULL,
  	"referent_email" varchar NOT NULL,
  	"referent_phone" varchar,
  	"note_adopted_on" timestamp(3) with time zone,
  	"recorded_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "digital_decisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer NOT NULL,
  	"decided_on" timestamp(3) with time zone NOT NULL,
  	"subject" varchar NOT NULL,
  	"reason" varchar NOT NULL,
  	"risks" varchar NOT NULL,
  	"decided_by" "enum_digital_decisions_decided_by" NOT NULL,
  	"recorded_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "digital_incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"commune_id" integer NOT NULL,
  	"occurred_on" timestamp(3) with time zone NOT NULL,
  	"summary" varchar NOT NULL,
  	"impact" varchar NOT NULL,
  	"actions" varchar NOT NULL,
  	"providers_contacted" boolean DEFAULT false,
  	"executive_informed" boolean DEFAULT false,
  	"status" "enum_digital_incidents_status" DEFAULT 'ouvert' NOT NULL,
  	"recorded_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "actors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "initiatives_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contract_criteria_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "commune_registers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "digital_decisions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "digital_incidents_id" integer;
  ALTER TABLE "actors_missions" ADD CONSTRAINT "actors_missions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_themes" ADD CONSTRAINT "initiatives_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_lead_id_actors_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "initiatives_rels" ADD CONSTRAINT "initiatives_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_version_themes" ADD CONSTRAINT "_initiatives_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_parent_id_initiatives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v" ADD CONSTRAINT "_initiatives_v_version_lead_id_actors_id_fk" FOREIGN KEY ("version_lead_id") REFERENCES "public"."actors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_initiatives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_communes_fk" FOREIGN KEY ("communes_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_initiatives_v_rels" ADD CONSTRAINT "_initiatives_v_rels_measures_fk" FOREIGN KEY ("measures_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_answers" ADD CONSTRAINT "contracts_answers_criterion_id_contract_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."contract_criteria"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_answers" ADD CONSTRAINT "contracts_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commune_registers" ADD CONSTRAINT "commune_registers_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digital_decisions" ADD CONSTRAINT "digital_decisions_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "digital_incidents" ADD CONSTRAINT "digital_incidents_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "actors_missions_order_idx" ON "actors_missions" USING btree ("_order");
  CREATE INDEX "actors_missions_parent_id_idx" ON "actors_missions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "actors_slug_idx" ON "actors" USING btree ("slug");
  CREATE INDEX "actors_level_idx" ON "actors" USING btree ("level");
  CREATE INDEX "actors_updated_at_idx" ON "actors" USING btree ("updated_at");
  CREATE INDEX "actors_created_at_idx" ON "actors" USING btree ("created_at");
  CREATE INDEX "initiatives_themes_order_idx" ON "initiatives_themes" USING btree ("order");
  CREATE INDEX "initiatives_themes_parent_idx" ON "initiatives_themes" USING btree ("parent_id");
  CREATE UNIQUE INDEX "initiatives_slug_idx" ON "initiatives" USING btree ("slug");
  CREATE INDEX "initiatives_lead_idx" ON "initiatives" USING btree ("lead_id");
  CREATE INDEX "initiatives_level_idx" ON "initiatives" USING btree ("level");
  CREATE INDEX "initiatives_stage_idx" ON "initiatives" USING btree ("stage");
  CREATE INDEX "initiatives_updated_at_idx" ON "initiatives" USING btree ("updated_at");
  CREATE INDEX "initiatives_created_at_idx" ON "initiatives" USING btree ("created_at");
  CREATE INDEX "initiatives__status_idx" ON "initiatives" USING btree ("_status");
  CREATE INDEX "initiatives_rels_order_idx" ON "initiatives_rels" USING btree ("order");
  CREATE INDEX "initiatives_rels_parent_idx" ON "initiatives_rels" USING btree ("parent_id");
  CREATE INDEX "initiatives_rels_path_idx" ON "initiatives_rels" USING btree ("path");
  CREATE INDEX "initiatives_rels_actors_id_idx" ON "initiatives_rels" USING btree ("actors_id");
  CREATE INDEX "initiatives_rels_communes_id_idx" ON "initiatives_rels" USING btree ("communes_id");
  CREATE INDEX "initiatives_rels_measures_id_idx" ON "initiatives_rels" USING btree ("measures_id");
  CREATE INDEX "_initiatives_v_version_themes_order_idx" ON "_initiatives_v_version_themes" USING btree ("order");
  CREATE INDEX "_initiatives_v_version_themes_parent_idx" ON "_initiatives_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_parent_idx" ON "_initiatives_v" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_version_version_slug_idx" ON "_initiatives_v" USING btree ("version_slug");
  CREATE INDEX "_initiatives_v_version_version_lead_idx" ON "_initiatives_v" USING btree ("version_lead_id");
  CREATE INDEX "_initiatives_v_version_version_level_idx" ON "_initiatives_v" USING btree ("version_level");
  CREATE INDEX "_initiatives_v_version_version_stage_idx" ON "_initiatives_v" USING btree ("version_stage");
  CREATE INDEX "_initiatives_v_version_version_updated_at_idx" ON "_initiatives_v" USING btree ("version_updated_at");
  CREATE INDEX "_initiatives_v_version_version_created_at_idx" ON "_initiatives_v" USING btree ("version_created_at");
  CREATE INDEX "_initiatives_v_version_version__status_idx" ON "_initiatives_v" USING btree ("version__status");
  CREATE INDEX "_initiatives_v_created_at_idx" ON "_initiatives_v" USING btree ("created_at");
  CREATE INDEX "_initiatives_v_updated_at_idx" ON "_initiatives_v" USING btree ("updated_at");
  CREATE INDEX "_initiatives_v_latest_idx" ON "_initiatives_v" USING btree ("latest");
  CREATE INDEX "_initiatives_v_rels_order_idx" ON "_initiatives_v_rels" USING btree ("order");
  CREATE INDEX "_initiatives_v_rels_parent_idx" ON "_initiatives_v_rels" USING btree ("parent_id");
  CREATE INDEX "_initiatives_v_rels_path_idx" ON "_initiatives_v_rels" USING btree ("path");
  CREATE INDEX "_initiatives_v_rels_actors_id_idx" ON "_initiatives_v_rels" USING btree ("actors_id");
  CREATE INDEX "_initiatives_v_rels_communes_id_idx" ON "_initiatives_v_rels" USING btree ("communes_id");
  CREATE INDEX "_initiatives_v_rels_measures_id_idx" ON "_initiatives_v_rels" USING btree ("measures_id");
  CREATE UNIQUE INDEX "contract_criteria_key_idx" ON "contract_criteria" USING btree ("key");
  CREATE INDEX "contract_criteria_updated_at_idx" ON "contract_criteria" USING btree ("updated_at");
  CREATE INDEX "contract_criteria_created_at_idx" ON "contract_criteria" USING btree ("created_at");
  CREATE INDEX "contracts_answers_order_idx" ON "contracts_answers" USING btree ("_order");
  CREATE INDEX "contracts_answers_parent_id_idx" ON "contracts_answers" USING btree ("_parent_id");
  CREATE INDEX "contracts_answers_criterion_idx" ON "contracts_answers" USING btree ("criterion_id");
  CREATE INDEX "contracts_commune_idx" ON "contracts" USING btree ("commune_id");
  CREATE INDEX "contracts_notice_deadline_idx" ON "contracts" USING btree ("notice_deadline");
  CREATE INDEX "contracts_updated_at_idx" ON "contracts" USING btree ("updated_at");
  CREATE INDEX "contracts_created_at_idx" ON "contracts" USING btree ("created_at");
  CREATE UNIQUE INDEX "commune_registers_commune_idx" ON "commune_registers" USING btree ("commune_id");
  CREATE INDEX "commune_registers_updated_at_idx" ON "commune_registers" USING btree ("updated_at");
  CREATE INDEX "commune_registers_created_at_idx" ON "commune_registers" USING btree ("created_at");
  CREATE INDEX "digital_decisions_commune_idx" ON "digital_decisions" USING btree ("commune_id");
  CREATE INDEX "digital_decisions_updated_at_idx" ON "digital_decisions" USING btree ("updated_at");
  CREATE INDEX "digital_decisions_created_at_idx" ON "digital_decisions" USING btree ("created_at");
  CREATE INDEX "digital_incidents_commune_idx" ON "digital_incidents" USING btree ("commune_id");
  CREATE INDEX "digital_incidents_updated_at_idx" ON "digital_incidents" USING btree ("updated_at");
  CREATE INDEX "digital_incidents_created_at_idx" ON "digital_incidents" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actors_fk" FOREIGN KEY ("actors_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_initiatives_fk" FOREIGN KEY ("initiatives_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contract_criteria_fk" FOREIGN KEY ("contract_criteria_id") REFERENCES "public"."contract_criteria"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_commune_registers_fk" FOREIGN KEY ("commune_registers_id") REFERENCES "public"."commune_registers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digital_decisions_fk" FOREIGN KEY ("digital_decisions_id") REFERENCES "public"."digital_decisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_digital_incidents_fk" FOREIGN KEY ("digital_incidents_id") REFERENCES "public"."digital_incidents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_actors_id_idx" ON "payload_locked_documents_rels" USING btree ("actors_id");
  CREATE INDEX "payload_locked_documents_rels_initiatives_id_idx" ON "payload_locked_documents_rels" USING btree ("initiatives_id");
  CREATE INDEX "payload_locked_documents_rels_contract_criteria_id_idx" ON "payload_locked_documents_rels" USING btree ("contract_criteria_id");
  CREATE INDEX "payload_locked_documents_rels_contracts_id_idx" ON "payload_locked_documents_rels" USING btree ("contracts_id");
  CREATE INDEX "payload_locked_documents_rels_commune_registers_id_idx" ON "payload_locked_documents_rels" USING btree ("commune_registers_id");
  CREATE INDEX "payload_locked_documents_rels_digital_decisions_id_idx" ON "payload_locked_documents_rels" USING btree ("digital_decisions_id");
  CREATE INDEX "payload_locked_documents_rels_digital_incidents_id_idx" ON "payload_locked_documents_rels" USING btree ("digital_incidents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "actors_missions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "initiatives_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v_version_themes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_initiatives_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "commune_registers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "digital_decisions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "digital_incidents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "actors_missions" CASCADE;
  DROP TABLE "actors" CASCADE;
  DROP TABLE "initiatives_themes" CASCADE;
  DROP TABLE "initiatives" CASCADE;
  DROP TABLE "initiatives_rels" CASCADE;
  DROP TABLE "_initiatives_v_version_themes" CASCADE;
  DROP TABLE "_initiatives_v" CASCADE;
  DROP TABLE "_initiatives_v_rels" CASCADE;
  DROP TABLE "contract_criteria" CASCADE;
  DROP TABLE "contracts_answers" CASCADE;
  DROP TABLE "contracts" CASCADE;
  DROP TABLE "commune_registers" CASCADE;
  DROP TABLE "digital_decisions" CASCADE;
  DROP TABLE "digital_incidents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_actors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_initiatives_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contract_criteria_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contracts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_commune_registers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_digital_decisions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_digital_incidents_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'eventMail', 'searchSync');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'guideReviewReminders', 'accountInactivity', 'measureDigest', 'actionReminders', 'eventMail', 'searchSync');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_actors_id_idx";
  DROP INDEX "payload_locked_documents_rels_initiatives_id_idx";
  DROP INDEX "payload_locked_documents_rels_contract_criteria_id_idx";
  DROP INDEX "payload_locked_documents_rels_contracts_id_idx";
  DROP INDEX "payload_locked_documents_rels_commune_registers_id_idx";
  DROP INDEX "payload_locked_documents_rels_digital_decisions_id_idx";
  DROP INDEX "payload_locked_documents_rels_digital_incidents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "actors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "initiatives_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contract_criteria_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "commune_registers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "digital_decisions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "digital_incidents_id";
  DROP TYPE "public"."enum_actors_level";
  DROP TYPE "public"."enum_initiatives_themes";
  DROP TYPE "public"."enum_initiatives_level";
  DROP TYPE "public"."enum_initiatives_stage";
  DROP TYPE "public"."enum_initiatives_status";
  DROP TYPE "public"."enum__initiatives_v_version_themes";
  DROP TYPE "public"."enum__initiatives_v_version_level";
  DROP TYPE "public"."enum__initiatives_v_version_stage";
  DROP TYPE "public"."enum__initiatives_v_version_status";
  DROP TYPE "public"."enum_contracts_answers_answer";
  DROP TYPE "public"."enum_commune_registers_referent_function";
  DROP TYPE "public"."enum_digital_decisions_decided_by";
  DROP TYPE "public"."enum_digital_incidents_status";`)
}
