import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_measure_updates_field" ADD VALUE 'number';
  ALTER TYPE "public"."enum_measure_updates_field" ADD VALUE 'title';
  ALTER TYPE "public"."enum_measure_updates_field" ADD VALUE 'axis';
  ALTER TYPE "public"."enum_measure_updates_field" ADD VALUE 'partners';
  ALTER TYPE "public"."enum_measure_updates_field" ADD VALUE 'deliverable';
  ALTER TYPE "public"."enum_measure_updates_field" ADD VALUE 'justification';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "measure_updates" ALTER COLUMN "field" SET DATA TYPE text;
  DROP TYPE "public"."enum_measure_updates_field";
  CREATE TYPE "public"."enum_measure_updates_field" AS ENUM('status', 'progress', 'priority', 'rank', 'owner');
  ALTER TABLE "measure_updates" ALTER COLUMN "field" SET DATA TYPE "public"."enum_measure_updates_field" USING "field"::"public"."enum_measure_updates_field";`)
}
