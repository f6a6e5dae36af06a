import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_guides_theme" ADD VALUE 'digitalisation';
  ALTER TYPE "public"."enum__guides_v_version_theme" ADD VALUE 'digitalisation';
  CREATE TABLE "faqs_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"publisher" varchar,
  	"url" varchar
  );
  
  ALTER TABLE "faqs_sources" ADD CONSTRAINT "faqs_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "faqs_sources_order_idx" ON "faqs_sources" USING btree ("_order");
  CREATE INDEX "faqs_sources_parent_id_idx" ON "faqs_sources" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "faqs_sources" CASCADE;
  ALTER TABLE "guides" ALTER COLUMN "theme" SET DATA TYPE text;
  DROP TYPE "public"."enum_guides_theme";
  CREATE TYPE "public"."enum_guides_theme" AS ENUM('sauvegardes', 'mots-de-passe', 'incident', 'nommage', 'archivage', 'continuite', 'protection-donnees', 'phishing', 'inclusion', 'numerique-durable');
  ALTER TABLE "guides" ALTER COLUMN "theme" SET DATA TYPE "public"."enum_guides_theme" USING "theme"::"public"."enum_guides_theme";
  ALTER TABLE "_guides_v" ALTER COLUMN "version_theme" SET DATA TYPE text;
  DROP TYPE "public"."enum__guides_v_version_theme";
  CREATE TYPE "public"."enum__guides_v_version_theme" AS ENUM('sauvegardes', 'mots-de-passe', 'incident', 'nommage', 'archivage', 'continuite', 'protection-donnees', 'phishing', 'inclusion', 'numerique-durable');
  ALTER TABLE "_guides_v" ALTER COLUMN "version_theme" SET DATA TYPE "public"."enum__guides_v_version_theme" USING "version_theme"::"public"."enum__guides_v_version_theme";`)
}
