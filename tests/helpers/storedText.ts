import pg from 'pg'

/**
 * Every piece of text people typed or the seed wrote into the database (text columns, and the text of rich-text
 * JSON): on a page it is content, not interface, whatever its language. Longest first, so that removing them from a
 * page's text removes whole titles before the names inside them.
 */
export async function storedText(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: columns } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      `select table_name, column_name, data_type from information_schema.columns
        where table_schema = 'public' and data_type in ('character varying', 'text', 'jsonb')
          and table_name not like 'payload\\_%' and table_name not in ('search_index', 'audit_events')`,
    )
    const found = new Set<string>()
    for (const { table_name: table, column_name: column, data_type: type } of columns) {
      const query =
        type === 'jsonb'
          ? `select distinct jsonb_path_query(${pg.escapeIdentifier(column)}, 'strict $.**.text') #>> '{}' as value from ${pg.escapeIdentifier(table)}`
          : `select distinct ${pg.escapeIdentifier(column)} as value from ${pg.escapeIdentifier(table)}`
      const { rows } = await client.query<{ value: string | null }>(query).catch(() => ({ rows: [] as { value: string | null }[] }))
      for (const { value } of rows) if (value && value.trim().length >= 3) found.add(value.trim())
    }
    return [...found].sort((a, b) => b.length - a.length)
  } finally {
    await client.end()
  }
}
