import { TableScroll } from '@/components/ui'
import { formatValue } from '@/regional/classes'
import type { IndicatorSummary } from '@/regional/view'

/** « 2025-11 » as « novembre 2025 ». */
const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('fr-CH', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`))

const medianText = (value: number | null, unit: IndicatorSummary['unit']) =>
  value === null ? 'Masquée (moins de 3 communes)' : formatValue(value, unit)

/**
 * Every indicator of the registry: its definition, the regional median now and a year ago (monthly snapshots),
 * each median hidden when fewer than 3 communes have a value.
 */
export function IndicatorTrends({ indicators }: { indicators: IndicatorSummary[] }) {
  if (!indicators.length) return <p className="muted">Aucun indicateur n’est encore défini.</p>
  return (
    <TableScroll label="Indicateurs régionaux">
      <table className="table" data-testid="indicator-trends">
        <caption>Médiane régionale de chaque indicateur, aujourd’hui et il y a un an</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col" className="numeric">
              Il y a un an
            </th>
            <th scope="col" className="numeric">
              Aujourd’hui
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.key} data-indicator={indicator.key}>
              <th scope="row">
                {indicator.label}
                <span className="muted indicator-definition">{indicator.definition}</span>
              </th>
              <td className="numeric" data-label="Il y a un an">
                {indicator.yearAgo ? (
                  <>
                    {medianText(indicator.yearAgo.median, indicator.unit)}
                    <span className="muted indicator-definition">({monthLabel(indicator.yearAgo.month)})</span>
                  </>
                ) : (
                  'Pas encore d’instantané'
                )}
              </td>
              <td className="numeric" data-label="Aujourd’hui">
                {medianText(indicator.median, indicator.unit)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

/** Staff only: every commune's value of every indicator, by commune name. */
export function IndicatorValues({ indicators, communes }: { indicators: IndicatorSummary[]; communes: { id: number; name: string }[] }) {
  return (
    <TableScroll label="Indicateurs par commune">
      <table className="table" data-testid="indicator-values">
        <caption>Valeur de chaque indicateur par commune</caption>
        <thead>
          <tr>
            <th scope="col">Commune</th>
            {indicators.map((indicator) => (
              <th key={indicator.key} scope="col" className="numeric">
                {indicator.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {communes.map((commune) => (
            <tr key={commune.id}>
              <th scope="row">{commune.name}</th>
              {indicators.map((indicator) => (
                <td key={indicator.key} className="numeric">
                  {formatValue(indicator.values?.get(commune.id), indicator.unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
