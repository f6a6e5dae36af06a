import type { Assessment } from '@/contracts/assessment'
import { getTranslations } from '@/i18n/getTranslations'

/** "8 / 11 points couverts (77 %)", or that the checklist is still to do. */
export async function Score({ assessment }: { assessment: Assessment }) {
  const t = await getTranslations('contracts.score')
  if (assessment.score === null) return <span className="muted">{t('toDo')}</span>
  return (
    <span>
      <strong>{t('percent', { score: assessment.score })}</strong>
      {' · '}
      {t('gaps', { count: assessment.gaps.length })}
      {assessment.unanswered.length > 0 && ` · ${t('unanswered', { count: assessment.unanswered.length })}`}
    </span>
  )
}
