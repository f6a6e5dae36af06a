import type { InitiativeSummary } from '@/map/mapData'
import { initiativeStatuses, initiativeThemes, levels } from '@/map/vocabulary'

/** Initiatives as cards: title, summary, level, status and themes. */
export function InitiativeList({ initiatives, empty }: { initiatives: InitiativeSummary[]; empty: string }) {
  if (!initiatives.length) return <p className="muted">{empty}</p>
  return (
    <ul className="initiatives">
      {initiatives.map((initiative) => (
        <li key={initiative.id}>
          <a href={`/initiatives/${initiative.slug}`}>
            <strong>{initiative.title}</strong>
          </a>
          <span className="meta">
            {' '}
            · {levels[initiative.level]} · {initiativeStatuses[initiative.stage]}
          </span>
          <p>{initiative.summary}</p>
          <p className="tags">
            {initiative.themes.map((theme) => (
              <span key={theme} className="badge">
                {initiativeThemes[theme]}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  )
}
