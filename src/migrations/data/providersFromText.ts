import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'

import { findByName, groupNames, type ProviderNames, tidyName } from '@/providers/names'

/**
 * Issue 23: contracts named their provider in free text (`contracts.provider`); they now point to a `providers`
 * record (`contracts.provider_id`). The migration that makes the change calls, around the SQL Payload generates:
 *
 *   await providersFromTextBefore({ db })   // while `contracts.provider` (text) still exists
 *   …generated SQL: ADD COLUMN provider_id, DROP COLUMN provider, foreign key, index…
 *   await providersFromTextAfter({ db })    // once `contracts.provider_id` exists
 *
 * Before: the distinct spellings are grouped (case, accents, spaces, punctuation and the legal form aside:
 * « Abacus Research AG » = « abacus research »); each group becomes one provider record (or joins an existing
 * record known under that name or an alias), named after its most used spelling, the others kept as aliases.
 * Which record each contract goes to waits in `_contract_provider_links`. After: the contracts are linked and
 * the table dropped. Both are no-ops when there is nothing to move, so running them twice changes nothing.
 */

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

const maxAliases = 20
const rowId = () => randomBytes(12).toString('hex')

const hasColumn = async (db: Db, table: string, column: string) =>
  (
    await db.execute(
      sql`select 1 from information_schema.columns where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`,
    )
  ).rows.length > 0

export async function providersFromTextBefore({ db }: { db: Db }): Promise<void> {
  if (!(await hasColumn(db, 'contracts', 'provider'))) return
  const contracts = (await db.execute(sql`select id, provider from contracts where coalesce(trim(provider), '') <> ''`)).rows as {
    id: number
    provider: string
  }[]
  await db.execute(sql`create table if not exists _contract_provider_links (contract_id integer primary key, provider_id integer not null)`)
  if (!contracts.length) return

  const known: ProviderNames[] = (
    await db.execute(
      sql`select p.id, p.name, coalesce(json_agg(json_build_object('name', a.name)) filter (where a.name is not null), '[]') as aliases
          from providers p left join providers_aliases a on a._parent_id = p.id group by p.id`,
    )
  ).rows.map((row) => ({ id: Number(row.id), name: String(row.name), aliases: row.aliases as { name: string }[] }))

  for (const group of groupNames(contracts.map((c) => c.provider))) {
    let provider = findByName(known, group.name)
    if (!provider) {
      const inserted = await db.execute(sql`insert into providers (name) values (${group.name}) returning id`)
      provider = { id: Number(inserted.rows[0]!.id), name: group.name, aliases: [] }
      known.push(provider)
    }
    const spelt = new Set([provider.name, ...(provider.aliases ?? []).map((a) => a.name)].map((n) => n.toLowerCase()))
    const fresh = [group.name, ...group.aliases].filter((n) => !spelt.has(n.toLowerCase()))
    let order = (provider.aliases ?? []).length
    for (const alias of fresh) {
      if (order >= maxAliases) break
      await db.execute(
        sql`insert into providers_aliases (_order, _parent_id, id, name) values (${++order}, ${provider.id}, ${rowId()}, ${alias})`,
      )
      provider.aliases = [...(provider.aliases ?? []), { name: alias }]
    }
    const spellings = new Set(group.spellings)
    for (const contract of contracts.filter((c) => spellings.has(tidyName(c.provider))))
      await db.execute(
        sql`insert into _contract_provider_links (contract_id, provider_id) values (${contract.id}, ${provider.id})
            on conflict (contract_id) do update set provider_id = excluded.provider_id`,
      )
  }
}

export async function providersFromTextAfter({ db }: { db: Db }): Promise<void> {
  if (!(await hasColumn(db, '_contract_provider_links', 'contract_id'))) return
  await db.execute(
    sql`update contracts c set provider_id = l.provider_id from _contract_provider_links l where c.id = l.contract_id and c.provider_id is null`,
  )
  await db.execute(sql`drop table _contract_provider_links`)
}

/**
 * Going back: the provider's name as text again, before the generated down SQL drops `provider_id`. The generated
 * `ADD COLUMN "provider" varchar NOT NULL` then becomes `ALTER COLUMN "provider" SET NOT NULL` (the column exists).
 */
export async function providersBackToText({ db }: { db: Db }): Promise<void> {
  await db.execute(sql`alter table contracts add column if not exists provider varchar`)
  await db.execute(sql`update contracts c set provider = p.name from providers p where p.id = c.provider_id`)
  await db.execute(sql`update contracts set provider = '' where provider is null`)
}
