import { sql } from '@payloadcms/db-postgres'

/**
 * Issue 25: a seeded measure starts « non renseigné » (no longer an invented « à lancer »), and measures 34–38 are
 * « déjà appliquée » as the strategy says (seed/measures.ts). The migration that adds the two statuses calls, around
 * the SQL Payload generates:
 *
 *   await measureStatusesBefore({ db })   // before its `ALTER TYPE "enum_measures_status" ADD VALUE …`
 *   …generated SQL: ADD VALUE 'non-renseigne', ADD VALUE 'appliquee', SET DEFAULT 'non-renseigne'…
 *   await measureStatusesUpdate({ db })   // once the values exist
 *
 * Before: PostgreSQL refuses a value added to an existing enum (`ADD VALUE`) in the transaction that added it — the
 * generated `SET DEFAULT 'non-renseigne'` would fail — unless the type itself was created in that transaction. So the
 * status type is rebuilt first, under its own name and with the values it has (read from the catalogue, in order).
 *
 * Update: moves every measure still exactly as the old seed left it — status 'a-lancer', progress 0 and no row in
 * `measure_updates` (nobody ever changed it, not even its texts or its priority): measures 34 to 38 to 'appliquee',
 * every other one to 'non-renseigne'. Nothing else: a measure someone set to « à lancer » has a history and stays.
 * Both are no-ops the second time.
 */

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

const appliedByTheStrategy = [34, 35, 36, 37, 38]

/** Rebuilds `enum_measures_status` with the values it has, so that the values the migration adds may be used at once. */
export async function measureStatusesBefore({ db }: { db: Db }): Promise<void> {
  const { rows } = await db.execute(sql`
    select e.enumlabel as label from pg_enum e join pg_type t on t.oid = e.enumtypid
    where t.typname = 'enum_measures_status' and t.typnamespace = 'public'::regnamespace order by e.enumsortorder`)
  if (rows.length === 0) return
  // Enum labels come from the catalogue (our own values: letters and dashes), quoted as SQL literals.
  const values = rows.map((row) => `'${String(row.label).replaceAll("'", "''")}'`).join(', ')
  await db.execute(sql`alter type "public"."enum_measures_status" rename to "enum_measures_status_before"`)
  await db.execute(sql`create type "public"."enum_measures_status" as enum (${sql.raw(values)})`)
  await db.execute(sql`alter table "measures" alter column "status" drop default`)
  await db.execute(
    sql`alter table "measures" alter column "status" type "public"."enum_measures_status" using "status"::text::"public"."enum_measures_status"`,
  )
  await db.execute(sql`drop type "public"."enum_measures_status_before"`)
}

/** The rows, once the type holds the new values (described above). */
export async function measureStatusesUpdate({ db }: { db: Db }): Promise<void> {
  await db.execute(sql`
    update "measures" set "status" = case when "number" in (${sql.join(
      appliedByTheStrategy.map((n) => sql`${n}`),
      sql`, `,
    )}) then 'appliquee'::"public"."enum_measures_status" else 'non-renseigne'::"public"."enum_measures_status" end
    where "status" = 'a-lancer' and "progress" = 0
      and not exists (select 1 from "measure_updates" u where u."measure_id" = "measures"."id")`)
}

/** Back: the two statuses become « à lancer » again (the generated SQL then removes them from the type). */
export async function measureStatusesDown({ db }: { db: Db }): Promise<void> {
  await db.execute(sql`update "measures" set "status" = 'a-lancer' where "status" in ('non-renseigne', 'appliquee')`)
}
