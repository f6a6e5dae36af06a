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
