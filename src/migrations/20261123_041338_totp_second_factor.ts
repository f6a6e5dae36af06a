import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'totp-enabled';
  ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'totp-disabled';
  ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'totp-reset';
  ALTER TABLE "users" ADD COLUMN "totp_enabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_last_step" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DELETE FROM "account_events" WHERE "type" IN ('totp-enabled', 'totp-disabled', 'totp-reset');
  ALTER TABLE "account_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_account_events_type";
  CREATE TYPE "public"."enum_account_events_type" AS ENUM('requested', 'confirmed', 'approved', 'rejected', 'warned-30', 'warned-7', 'disabled', 'enabled', 'delegate-named', 'delegate-removed');
  ALTER TABLE "account_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_account_events_type" USING "type"::"public"."enum_account_events_type";
  ALTER TABLE "users" DROP COLUMN "totp_enabled";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_last_step";`)
}
