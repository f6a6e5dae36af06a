import { requestLocale } from '@/i18n/request'
import type { InitiativeSummary } from '@/map/mapData'
import { mapLabels } from '@/map/vocabulary'

/** Initiatives as cards: title, summary, level, status and themes. */
export async function InitiativeList({ initiatives, empty }: { initiatives: InitiativeSummary[]; empty: string }) {
  const { levels, statuses, themes } = mapLabels(await requestLocale())
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
            · {levels[initiative.level]} · {statuses[initiative.stage]}
          </span>
          <p>{initiative.summary}</p>
          <p className="tags">
            {initiative.themes.map((theme) => (
              <span key={theme} className="badge">
                {themes[theme]}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  )
}
