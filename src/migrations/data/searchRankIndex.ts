/**
 * The search index's rank index (issue 22), written by hand: `search_documents` is not a collection, so
 * `migrate:create` does not know it. The migration that adds it calls these; keep the call when migrations are
 * regenerated.
 *
 * A btree over the order in which the PostgreSQL engine ranks matches (src/search/postgres/engine.ts, `stageSql`):
 * demo content last, then the static rank (the type's weight × the title's closeness), then the key. Reading it in
 * order finds the first page of a common word after a few dozen rows, without reading and sorting every match.
 * The expression must stay the one `staticRank` builds, or the planner no longer uses the index.
 */
export const staticRankExpression = (table: string) =>
  `(${table}.weight * (1 + least(1, 3.0::real / greatest(1, length(${table}.title_search)))))`

export const searchRankIndexUp = `
  CREATE INDEX IF NOT EXISTS "search_documents_rank_idx" ON "search_documents"
    ("demo", ${staticRankExpression('search_documents')} DESC, "key");`

export const searchRankIndexDown = `DROP INDEX IF EXISTS "search_documents_rank_idx";`

/**
 * The rank index with what a title scan reads beside its order (migration `search_rank_index_covering`): the title's
 * words, the entry's weight (for the static rank), visibility, language and type. A title scan then reads the index
 * alone (an index-only scan), not each entry's row of the table, a row that holds its whole text's tsvector. Titles
 * are cut to `maxTitleLength` (src/search/document.ts) so that an entry always fits in the btree.
 */
export const searchRankIndexCoveringUp = `
  DROP INDEX IF EXISTS "search_documents_rank_idx";
  CREATE INDEX "search_documents_rank_idx" ON "search_documents"
    ("demo", ${staticRankExpression('search_documents')} DESC, "key")
    INCLUDE ("weight", "title_search", "visibility", "locale", "translated", "type");`

export const searchRankIndexCoveringDown = `
  DROP INDEX IF EXISTS "search_documents_rank_idx";
  CREATE INDEX "search_documents_rank_idx" ON "search_documents"
    ("demo", ${staticRankExpression('search_documents')} DESC, "key");`
