/**
 * Issue 26: the fields an editor writes (guides, FAQ, templates, measures' titles, events, watch items) become
 * localized. Payload moves them from the collection's table to `<table>_locales` (one row per language), and the
 * generated migration would drop the old columns with their content. `copyContentToLocales` runs between the
 * creation of the `_locales` tables and the drops: every existing text becomes the French row (`_locale = 'fr'`),
 * the language it was written in. `copyContentFromLocales` is the way back for `down` (the French rows return to
 * the columns). Both are plain SQL, written from `localizedColumns`: keep that list the generated SQL's.
 */
export const localizedColumns: readonly { table: string; columns: readonly string[] }[] = [
  { table: 'measures', columns: ['title'] },
  { table: 'guides', columns: ['title', 'summary', 'body'] },
  { table: 'guides_checklist', columns: ['label', 'help'] },
  { table: '_guides_v', columns: ['version_title', 'version_summary', 'version_body'] },
  { table: '_guides_v_version_checklist', columns: ['label', 'help'] },
  { table: 'templates', columns: ['title', 'description', 'instructions', 'body'] },
  { table: 'faqs', columns: ['question', 'answer'] },
  { table: 'watch_items', columns: ['title', 'summary', 'body', 'todo'] },
  { table: '_watch_items_v', columns: ['version_title', 'version_summary', 'version_body', 'version_todo'] },
  { table: 'events', columns: ['title', 'summary', 'description'] },
  { table: '_events_v', columns: ['version_title', 'version_summary', 'version_description'] },
]

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ')

/**
 * Every row's texts as its French row. A row whose texts are all empty (an old version without a title) gets none,
 * as Payload writes none. Running it twice changes nothing (`on conflict do nothing` on the language and parent).
 */
export const copyContentToLocales = localizedColumns
  .map(
    ({ table, columns }) => `
  INSERT INTO "${table}_locales" (${quoted(columns)}, "_locale", "_parent_id")
    SELECT ${quoted(columns)}, 'fr', "id" FROM "${table}"
    WHERE ${columns.map((column) => `"${column}" IS NOT NULL`).join(' OR ')}
    ON CONFLICT ("_locale", "_parent_id") DO NOTHING;`,
  )
  .join('')

/** The French rows back into the columns (`down`, after the columns are added again and before the tables go). */
export const copyContentFromLocales = localizedColumns
  .map(
    ({ table, columns }) => `
  UPDATE "${table}" AS t SET ${columns.map((column) => `"${column}" = l."${column}"`).join(', ')}
    FROM "${table}_locales" AS l WHERE l."_parent_id" = t."id" AND l."_locale" = 'fr';`,
  )
  .join('')
