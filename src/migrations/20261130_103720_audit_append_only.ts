import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand (no schema snapshot: it changes no column). The audit trail is append-only below the API too:
 * PostgreSQL refuses every UPDATE and DELETE of `audit_events`, except
 * - the referential `ON DELETE SET NULL` when the actor's account or the commune is deleted (only `actor_id` /
 *   `commune_id` become null; the names written in the row stay), and
 * - the retention job (src/audit/retention.ts), which sets `relais.audit_retention` to its cutoff for its own
 *   transaction; rows younger than a year are never deleted, whatever the cutoff says.
 * INSERT and TRUNCATE stay possible: `npm run restore` empties and reloads the tables of a backup.
 * This guards against the application and its API; whoever owns the database can drop a trigger (docs/security.md).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    cutoff text := current_setting('relais.audit_retention', true);
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF cutoff IS NOT NULL AND cutoff <> '' AND OLD.created_at < least(cutoff::timestamptz, now() - interval '1 year') THEN
        RETURN OLD;
      END IF;
    ELSIF (to_jsonb(NEW) - 'actor_id' - 'commune_id') = (to_jsonb(OLD) - 'actor_id' - 'commune_id')
      AND (NEW.actor_id IS NULL OR NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id)
      AND (NEW.commune_id IS NULL OR NEW.commune_id IS NOT DISTINCT FROM OLD.commune_id) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$;
  CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "audit_events_append_only" ON "audit_events";
  DROP FUNCTION IF EXISTS "audit_events_append_only"();`)
}
