import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "providers_aliases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "providers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "processes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"position" numeric NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "providers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "processes_id" integer;
  ALTER TABLE "providers_aliases" ADD CONSTRAINT "providers_aliases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "providers_aliases_order_idx" ON "providers_aliases" USING btree ("_order");
  CREATE INDEX "providers_aliases_parent_id_idx" ON "providers_aliases" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "providers_name_idx" ON "providers" USING btree ("name");
  CREATE INDEX "providers_updated_at_idx" ON "providers" USING btree ("updated_at");
  CREATE INDEX "providers_created_at_idx" ON "providers" USING btree ("created_at");
  CREATE UNIQUE INDEX "processes_key_idx" ON "processes" USING btree ("key");
  CREATE UNIQUE INDEX "processes_name_idx" ON "processes" USING btree ("name");
  CREATE INDEX "processes_updated_at_idx" ON "processes" USING btree ("updated_at");
  CREATE INDEX "processes_created_at_idx" ON "processes" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_providers_fk" FOREIGN KEY ("providers_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_processes_fk" FOREIGN KEY ("processes_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_providers_id_idx" ON "payload_locked_documents_rels" USING btree ("providers_id");
  CREATE INDEX "payload_locked_documents_rels_processes_id_idx" ON "payload_locked_documents_rels" USING btree ("processes_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "providers_aliases" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "providers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "processes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "providers_aliases" CASCADE;
  DROP TABLE "providers" CASCADE;
  DROP TABLE "processes" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_providers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_processes_fk";
  
  DROP INDEX "payload_locked_documents_rels_providers_id_idx";
  DROP INDEX "payload_locked_documents_rels_processes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "providers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "processes_id";`)
}
