import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "registrations" ADD COLUMN "calendar_sequence" numeric DEFAULT 0;`)
  // Hand-written: an unregistration before this column sent its CANCEL at the event's SEQUENCE plus one.
  await db.execute(sql`UPDATE "registrations" SET "calendar_sequence" = 1 WHERE "status" = 'cancelled';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "registrations" DROP COLUMN "calendar_sequence";`)
}
