import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { providersBackToText, providersFromTextAfter, providersFromTextBefore } from './data/providersFromText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Issue 23: the free-text providers become records (grouped by spelling), before the text column goes.
  await providersFromTextBefore({ db: db as never })
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_target_collection" ADD VALUE 'providers' BEFORE 'commune-registers';
  ALTER TABLE "actors" ADD COLUMN "provider_id" integer;
  ALTER TABLE "contracts" ADD COLUMN "provider_id" integer;
  ALTER TABLE "actors" ADD CONSTRAINT "actors_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "actors_provider_idx" ON "actors" USING btree ("provider_id");
  CREATE INDEX "contracts_provider_idx" ON "contracts" USING btree ("provider_id");
  ALTER TABLE "contracts" DROP COLUMN "provider";`)
  // …and every contract is linked to its record once the new column exists.
  await providersFromTextAfter({ db: db as never })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await providersBackToText({ db: db as never })
  await db.execute(sql`
   ALTER TABLE "actors" DROP CONSTRAINT "actors_provider_id_providers_id_fk";
  
  ALTER TABLE "contracts" DROP CONSTRAINT "contracts_provider_id_providers_id_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "target_collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_target_collection";
  CREATE TYPE "public"."enum_audit_events_target_collection" AS ENUM('users', 'contracts', 'commune-registers', 'digital-decisions', 'digital-incidents', 'priority-changes', 'meetings', 'exports');
  ALTER TABLE "audit_events" ALTER COLUMN "target_collection" SET DATA TYPE "public"."enum_audit_events_target_collection" USING "target_collection"::"public"."enum_audit_events_target_collection";
  DROP INDEX "actors_provider_idx";
  DROP INDEX "contracts_provider_idx";
  ALTER TABLE "contracts" ALTER COLUMN "provider" SET NOT NULL;
  ALTER TABLE "actors" DROP COLUMN "provider_id";
  ALTER TABLE "contracts" DROP COLUMN "provider_id";`)
}
