import type pg from 'pg'

/**
 * What backup and restore read from the catalogue of the app's schema. Everything Relais stores, Payload's own
 * tables included, lives in `public`: the migrations create nothing elsewhere.
 */
export const SCHEMA = 'public'

type Queryable = Pick<pg.ClientBase, 'query' | 'escapeIdentifier'>

export const qualified = (db: Queryable, table: string) => `${db.escapeIdentifier(SCHEMA)}.${db.escapeIdentifier(table)}`

export async function listTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
    [SCHEMA],
  )
  return rows.map((r) => r.name)
}

/** Columns a restore writes: generated columns are recomputed by PostgreSQL and may not be written. */
export async function writableColumns(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select a.attname as name from pg_attribute a
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by a.attnum`,
    [qualified(db, table)],
  )
  return rows.map((r) => r.name)
}

export type Sequence = { name: string; table: string | null; column: string | null }

/** Every sequence of the schema, with the serial or identity column it feeds when there is one. */
export async function listSequences(db: Queryable): Promise<Sequence[]> {
  const { rows } = await db.query<Sequence>(
    `select s.relname as name, t.relname as "table", a.attname as "column"
       from pg_class s
       join pg_namespace n on n.oid = s.relnamespace
       left join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass
                            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
       left join pg_class t on t.oid = d.refobjid
       left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and n.nspname = $1
      order by s.relname`,
    [SCHEMA],
  )
  return rows
}

export type ForeignKey = { table: string; name: string; deferrable: boolean; deferred: boolean }

export async function listForeignKeys(db: Queryable): Promise<ForeignKey[]> {
  const { rows } = await db.query<ForeignKey>(
    `select t.relname as "table", c.conname as name, c.condeferrable as deferrable, c.condeferred as deferred
       from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
      where c.contype = 'f' and n.nspname = $1
      order by t.relname, c.conname`,
    [SCHEMA],
  )
  return rows
}

/** Names of the Payload migrations applied to this database, in the order they ran; null without the table. */
export async function appliedMigrations(db: Queryable): Promise<string[] | null> {
  const tables = await listTables(db)
  if (!tables.includes('payload_migrations')) return null
  const { rows } = await db.query<{ name: string }>(
    `select name from ${qualified(db, 'payload_migrations')} where batch is distinct from -1 order by id`,
  )
  return rows.map((r) => r.name)
}
