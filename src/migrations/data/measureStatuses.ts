import { sql } from '@payloadcms/db-postgres'

import { measureStatuses } from '@/measures/vocabulary'

/**
 * Issue 25: a seeded measure starts « non renseigné » (no longer an invented « à lancer »), and measures 34–38 are
 * « déjà appliquée » as the strategy says (seed/measures.ts). Databases seeded before carry the old start; the
 * migration that adds the two statuses calls `measureStatusesUp({ db })` after its generated SQL. It moves:
 *
 * - every measure still exactly as the seed left it: status 'a-lancer', progress 0 and no row in
 *   `measure_updates` (nobody ever changed it, not even its texts or its priority) — measures 34 to 38 to
 *   'appliquee', every other one to 'non-renseigne';
 * - nothing else: a measure someone set to « à lancer » on purpose has a history and stays.
 *
 * PostgreSQL refuses a value added to an enum (`ALTER TYPE … ADD VALUE`) in the transaction that added it, and a
 * migration is one transaction: the status type is rebuilt first under its own name, from the vocabulary's values
 * in their order (a type created in the transaction may be used at once). Running it twice changes nothing.
 */

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

const appliedByTheStrategy = [34, 35, 36, 37, 38]

export async function measureStatusesUp({ db }: { db: Db }): Promise<void> {
  // Enum labels are our own constants (letters and dashes), written as SQL literals: a type's values are not parameters.
  const values = Object.keys(measureStatuses)
    .map((value) => `'${value}'`)
    .join(', ')
  await db.execute(sql`alter type "public"."enum_measures_status" rename to "enum_measures_status_before"`)
  await db.execute(sql`create type "public"."enum_measures_status" as enum (${sql.raw(values)})`)
  await db.execute(sql`alter table "measures" alter column "status" drop default`)
  await db.execute(
    sql`alter table "measures" alter column "status" type "public"."enum_measures_status" using "status"::text::"public"."enum_measures_status"`,
  )
  await db.execute(sql`alter table "measures" alter column "status" set default 'non-renseigne'`)
  await db.execute(sql`drop type "public"."enum_measures_status_before"`)
  await measureStatusesUpdate({ db })
}

/** The rows only (the type must already hold the new values): what `measureStatusesUp` moves, described above. */
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
