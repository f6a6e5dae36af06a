import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_measure_updates_changes_field" AS ENUM('status', 'progress', 'priority', 'rank', 'owner', 'number', 'title', 'axis', 'partners', 'deliverable', 'justification');
  CREATE TABLE "measure_updates_changes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" "enum_measure_updates_changes_field" NOT NULL,
  	"from" varchar,
  	"to" varchar
  );
  
  ALTER TABLE "measure_updates_changes" ADD CONSTRAINT "measure_updates_changes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."measure_updates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "measure_updates_changes_order_idx" ON "measure_updates_changes" USING btree ("_order");
  CREATE INDEX "measure_updates_changes_parent_id_idx" ON "measure_updates_changes" USING btree ("_parent_id");
  -- Keep the history: each entry written before becomes an entry of one change.
  INSERT INTO "measure_updates_changes" ("_order", "_parent_id", "id", "field", "from", "to")
    SELECT 1, "id", substr(md5('measure-update-' || "id"::text), 1, 24), "field"::text::"enum_measure_updates_changes_field", "from", "to"
    FROM "measure_updates";
  ALTER TABLE "measure_updates" DROP COLUMN "field";
  ALTER TABLE "measure_updates" DROP COLUMN "from";
  ALTER TABLE "measure_updates" DROP COLUMN "to";
  DROP TYPE "public"."enum_measure_updates_field";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_measure_updates_field" AS ENUM('status', 'progress', 'priority', 'rank', 'owner', 'number', 'title', 'axis', 'partners', 'deliverable', 'justification');
  ALTER TABLE "measure_updates" ADD COLUMN "field" "enum_measure_updates_field";
  ALTER TABLE "measure_updates" ADD COLUMN "from" varchar;
  ALTER TABLE "measure_updates" ADD COLUMN "to" varchar;
  -- Back to one row per entry: the first change of each (the others are lost going down).
  UPDATE "measure_updates" u SET "field" = c."field"::text::"enum_measure_updates_field", "from" = c."from", "to" = c."to"
    FROM "measure_updates_changes" c WHERE c."_parent_id" = u."id" AND c."_order" = 1;
  DELETE FROM "measure_updates" WHERE "field" IS NULL;
  ALTER TABLE "measure_updates" ALTER COLUMN "field" SET NOT NULL;
  DROP TABLE "measure_updates_changes" CASCADE;
  DROP TYPE "public"."enum_measure_updates_changes_field";`)
}
