import { TableScroll } from '@/components/ui'
import { monthYear } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { formatValue } from '@/regional/classes'
import type { IndicatorSummary } from '@/regional/view'

/**
 * Every indicator of the registry: its definition, the regional median now and a year ago (monthly snapshots),
 * each median hidden when fewer than 3 communes have a value.
 */
export async function IndicatorTrends({ indicators }: { indicators: IndicatorSummary[] }) {
  const locale = await requestLocale()
  const t = await getTranslations('region.trends')
  const medianText = (value: number | null, unit: IndicatorSummary['unit']) =>
    value === null ? t('hidden') : formatValue(value, unit, locale)
  if (!indicators.length) return <p className="muted">{t('none')}</p>
  return (
    <TableScroll label={t('label')}>
      <table className="table" data-testid="indicator-trends">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col" className="numeric">
              {t('yearAgo')}
            </th>
            <th scope="col" className="numeric">
              {t('today')}
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
              <td className="numeric" data-label={t('yearAgo')}>
                {indicator.yearAgo ? (
                  <>
                    {medianText(indicator.yearAgo.median, indicator.unit)}
                    <span className="muted indicator-definition">({monthYear(indicator.yearAgo.month, locale)})</span>
                  </>
                ) : (
                  t('noSnapshot')
                )}
              </td>
              <td className="numeric" data-label={t('today')}>
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
export async function IndicatorValues({
  indicators,
  communes,
}: {
  indicators: IndicatorSummary[]
  communes: { id: number; name: string }[]
}) {
  const locale = await requestLocale()
  const t = await getTranslations('region.trends')
  return (
    <TableScroll label={t('byCommuneLabel')}>
      <table className="table" data-testid="indicator-values">
        <caption>{t('byCommuneCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commune')}</th>
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
                  {formatValue(indicator.values?.get(commune.id), indicator.unit, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
