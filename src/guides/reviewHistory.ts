/** How many lines of a guide's review history the page shows before « Voir tout l’historique ». */
export const HISTORY_SHOWN = 3

/** A published version of a guide, as the review history reads it. */
export type GuideVersionRow = {
  publishedAt: string
  lastReviewedAt: string | null
  changeNote: string | null
  revisedByName: string | null
}

/** One line of a guide's review history: when it was published, whether it was reviewed (and on which day), by whom, what changed. */
export type HistoryEntry = {
  publishedAt: string
  reviewedOn: string | null
  by: string | null
  note: string | null
}

const day = (value: string | null) => (value ? value.slice(0, 10) : null)

/**
 * The review history of a guide from its published versions, oldest first in, newest first out: a version is a line
 * when it is the first publication, when its review date moved (a review), or when it carries a new « Ce qui a
 * changé » note. Re-publishing with neither (a typo fixed) adds no line, and a note left in place is not repeated.
 */
export function reviewHistory(versions: GuideVersionRow[]): HistoryEntry[] {
  const ordered = [...versions].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  const entries: HistoryEntry[] = []
  let previous: GuideVersionRow | null = null
  for (const version of ordered) {
    const note = version.changeNote?.trim() || null
    const reviewed = previous === null || day(version.lastReviewedAt) !== day(previous.lastReviewedAt)
    const newNote = note !== null && note !== (previous?.changeNote?.trim() || null)
    if (reviewed || newNote) {
      entries.push({
        publishedAt: version.publishedAt,
        reviewedOn: reviewed ? version.lastReviewedAt : null,
        by: version.revisedByName?.trim() || null,
        note: newNote ? note : null,
      })
    }
    previous = version
  }
  return entries.reverse()
}
