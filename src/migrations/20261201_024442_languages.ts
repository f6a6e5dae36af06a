import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_locale" AS ENUM('fr', 'de');
  CREATE TYPE "public"."enum_site_settings_default_locale" AS ENUM('fr', 'de');
  ALTER TABLE "users" ADD COLUMN "locale" "enum_users_locale";
  ALTER TABLE "site_settings" ADD COLUMN "default_locale" "enum_site_settings_default_locale";
  ALTER TABLE "site_settings" ADD COLUMN "offer_both_languages" boolean DEFAULT true;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "locale";
  ALTER TABLE "site_settings" DROP COLUMN "default_locale";
  ALTER TABLE "site_settings" DROP COLUMN "offer_both_languages";
  DROP TYPE "public"."enum_users_locale";
  DROP TYPE "public"."enum_site_settings_default_locale";`)
}
