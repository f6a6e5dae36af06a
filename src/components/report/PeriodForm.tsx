import { Button } from '@/components/ui'
import { defaultPeriodDays, reportQuery, zurichToday } from '@/report/period'

/** The period of the Comité's report: two days (a plain GET form) and the usual periods as links. */
export function PeriodForm({ from, to, now }: { from?: string; to?: string; now: Date }) {
  const today = zurichToday(now)
  const year = Number(today.slice(0, 4))
  const shortcuts = [
    { label: '12 derniers mois', ...defaultPeriodDays(now) },
    { label: `Année ${year} (à ce jour)`, from: `${year}-01-01`, to: today },
    { label: `Année ${year - 1}`, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
  ]
  return (
    <form method="get" action="/mesures/rapport" className="filters no-print" aria-label="Période du rapport">
      <label>
        Du <input type="date" name="du" defaultValue={from} max={today} required />
      </label>
      <label>
        Au <input type="date" name="au" defaultValue={to} max={today} required />
      </label>
      <Button>Établir le rapport</Button>
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
