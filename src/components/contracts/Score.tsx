import type { Assessment } from '@/contracts/assessment'

/** "8 / 11 points couverts (77 %)", or that the checklist is still to do. */
export function Score({ assessment }: { assessment: Assessment }) {
  if (assessment.score === null) return <span className="muted">Checklist à remplir</span>
  const gaps = assessment.gaps.length
  return (
    <span>
      <strong>{assessment.score} %</strong>
      {' · '}
      {gaps === 0 ? 'aucune lacune' : `${gaps} lacune${gaps > 1 ? 's' : ''}`}
      {assessment.unanswered.length > 0 &&
        ` · ${assessment.unanswered.length} point${assessment.unanswered.length > 1 ? 's' : ''} à vérifier`}
    </span>
  )
}
