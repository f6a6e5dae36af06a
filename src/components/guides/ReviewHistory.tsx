import { longDate } from '@/format/dates'
import { HISTORY_SHOWN, type HistoryEntry } from '@/guides/reviewHistory'

function Entry({ entry }: { entry: HistoryEntry }) {
  const what = entry.reviewedOn ? `Relu le ${longDate(entry.reviewedOn)}` : `Mis à jour le ${longDate(entry.publishedAt)}`
  return (
    <li>
      <strong>{what}</strong>
      {entry.by ? ` par ${entry.by}` : ''}
      {entry.note ? ` — ${entry.note}` : ''}
    </li>
  )
}

/** Who revised the guide, when, and what changed: the last few lines, the rest behind « Voir tout l’historique ». */
export function ReviewHistory({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return null
  const shown = entries.slice(0, HISTORY_SHOWN)
  const rest = entries.slice(HISTORY_SHOWN)
  return (
    <section aria-labelledby="review-history" className="review-history">
      <h2 id="review-history">Historique des révisions</h2>
      <ol>
        {shown.map((entry) => (
          <Entry key={entry.publishedAt} entry={entry} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details>
          <summary>Voir tout l’historique ({entries.length} révisions)</summary>
          <ol start={shown.length + 1}>
            {rest.map((entry) => (
              <Entry key={entry.publishedAt} entry={entry} />
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
