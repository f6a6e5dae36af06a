import { longDate } from '@/format/dates'
import { HISTORY_SHOWN, type HistoryEntry } from '@/guides/reviewHistory'
import { getTranslations } from '@/i18n/getTranslations'
import type { UiLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

type Translate = (key: string, values?: Record<string, string | number>) => string

function Entry({ entry, t, locale }: { entry: HistoryEntry; t: Translate; locale: UiLocale }) {
  const what = entry.reviewedOn
    ? t('reviewed', { date: longDate(entry.reviewedOn, locale) })
    : t('updated', { date: longDate(entry.publishedAt, locale) })
  return (
    <li>
      <strong>{what}</strong>
      {entry.by ? t('by', { name: entry.by }) : ''}
      {entry.note ? ` — ${entry.note}` : ''}
    </li>
  )
}

/** Who revised the guide, when, and what changed: the last few lines, the rest behind « Voir tout l’historique ». */
export async function ReviewHistory({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return null
  const [t, locale] = await Promise.all([getTranslations('guides.history'), requestLocale()])
  const shown = entries.slice(0, HISTORY_SHOWN)
  const rest = entries.slice(HISTORY_SHOWN)
  return (
    <section aria-labelledby="review-history" className="review-history">
      <h2 id="review-history">{t('title')}</h2>
      <ol>
        {shown.map((entry) => (
          <Entry key={entry.publishedAt} entry={entry} t={t} locale={locale} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details>
          <summary>{t('all', { count: entries.length })}</summary>
          <ol start={shown.length + 1}>
            {rest.map((entry) => (
              <Entry key={entry.publishedAt} entry={entry} t={t} locale={locale} />
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
