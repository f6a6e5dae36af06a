import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_guides_theme" ADD VALUE 'digitalisation';
  ALTER TYPE "public"."enum__guides_v_version_theme" ADD VALUE 'digitalisation';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guides" ALTER COLUMN "theme" SET DATA TYPE text;
  DROP TYPE "public"."enum_guides_theme";
  CREATE TYPE "public"."enum_guides_theme" AS ENUM('sauvegardes', 'mots-de-passe', 'incident', 'nommage', 'archivage', 'continuite', 'protection-donnees', 'phishing', 'inclusion', 'numerique-durable');
  ALTER TABLE "guides" ALTER COLUMN "theme" SET DATA TYPE "public"."enum_guides_theme" USING "theme"::"public"."enum_guides_theme";
  ALTER TABLE "_guides_v" ALTER COLUMN "version_theme" SET DATA TYPE text;
  DROP TYPE "public"."enum__guides_v_version_theme";
  CREATE TYPE "public"."enum__guides_v_version_theme" AS ENUM('sauvegardes', 'mots-de-passe', 'incident', 'nommage', 'archivage', 'continuite', 'protection-donnees', 'phishing', 'inclusion', 'numerique-durable');
  ALTER TABLE "_guides_v" ALTER COLUMN "version_theme" SET DATA TYPE "public"."enum__guides_v_version_theme" USING "version_theme"::"public"."enum__guides_v_version_theme";`)
}
