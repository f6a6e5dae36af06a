import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_account_events_type" ADD VALUE 'reset-link-sent';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "account_events" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_account_events_type";
  CREATE TYPE "public"."enum_account_events_type" AS ENUM('requested', 'confirmed', 'approved', 'rejected', 'warned-30', 'warned-7', 'disabled', 'enabled', 'delegate-named', 'delegate-removed', 'totp-enabled', 'totp-disabled', 'totp-reset');
  ALTER TABLE "account_events" ALTER COLUMN "type" SET DATA TYPE "public"."enum_account_events_type" USING "type"::"public"."enum_account_events_type";`)
}
