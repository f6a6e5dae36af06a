import { Button } from '@/components/ui'
import { getTranslations } from '@/i18n/getTranslations'
import { defaultPeriodDays, reportQuery, zurichToday } from '@/report/period'

/** The period of the Comité's report: two days (a plain GET form) and the usual periods as links. */
export async function PeriodForm({ from, to, now }: { from?: string; to?: string; now: Date }) {
  const t = await getTranslations('report.form')
  const today = zurichToday(now)
  const year = Number(today.slice(0, 4))
  const shortcuts = [
    { label: t('lastTwelveMonths'), ...defaultPeriodDays(now) },
    { label: t('yearToDate', { year }), from: `${year}-01-01`, to: today },
    { label: t('year', { year: year - 1 }), from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  ]
  return (
    <form method="get" action="/mesures/rapport" className="filters no-print" aria-label={t('label')}>
      <label>
        {t('from')} <input type="date" name="du" defaultValue={from} max={today} required />
      </label>
      <label>
        {t('to')} <input type="date" name="au" defaultValue={to} max={today} required />
      </label>
      <Button>{t('submit')}</Button>
      <span>
        {shortcuts.map((s, i) => (
          <span key={s.label}>
            {i > 0 && ' · '}
            <a href={`/mesures/rapport${reportQuery(s)}`}>{s.label}</a>
          </span>
        ))}
      </span>
    </form>
  )
}
