import type { ChecklistGuide } from '@/checklists/matrix'
import { TableScroll } from '@/components/ui'
import { getTranslations } from '@/i18n/getTranslations'
import type { UiLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'
import { classesFor, classOf, formatValue, type ValueClass } from '@/regional/classes'
import type { MatrixRow, MatrixSort } from '@/regional/view'

/** The address of the page sorted by `by`: a second click on the sorted column reverses it. */
function sortHref(by: string, sort: MatrixSort) {
  const dir = sort.by === by && sort.dir === 'asc' ? 'desc' : 'asc'
  return `/region?${new URLSearchParams({ tri: by, ordre: dir })}#matrice`
}

type T = (key: string, values?: Record<string, string | number>) => string

function SortHeader({ by, label, sort, t }: { by: string; label: string; sort: MatrixSort; t: T }) {
  const current = sort.by === by
  const next = current && sort.dir === 'asc' ? 'descending' : 'ascending'
  return (
    <th scope="col" aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} data-sort={by}>
      <a href={sortHref(by, sort)} aria-label={t(next, { label })}>
        {label}
        <span aria-hidden="true">{current ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </a>
    </th>
  )
}

function Cell({ value, percent, locale }: { value: number | null | undefined; percent: ValueClass[]; locale: UiLocale }) {
  const level = classOf(value, percent)?.level
  return (
    <td className={`numeric matrix-cell ${level ? `level-${level}` : 'level-none'}`} data-value={value ?? ''}>
      {formatValue(value, 'percent', locale)}
    </td>
  )
}

/**
 * Communes × published guides: each cell the commune's completion of the guide's checklist, coloured by quarter (the
 * number is always written: the colour only repeats it). Columns sort on the server (`?tri=&ordre=`), without JS.
 */
export async function CompletionMatrix({ guides, rows, sort }: { guides: ChecklistGuide[]; rows: MatrixRow[]; sort: MatrixSort }) {
  const locale = await requestLocale()
  const t = await getTranslations('region.matrix')
  const percent = classesFor('percent', [], locale)
  return (
    <>
      <ul className="matrix-legend" aria-label={t('legend')}>
        {percent.map((c) => (
          <li key={c.level}>
            <span className={`matrix-legend__swatch level-${c.level}`} aria-hidden="true" />
            {t('legendEntry', { bounds: c.bounds, meaning: c.meaning })}
          </li>
        ))}
      </ul>
      <TableScroll label={t('label')}>
        <table className="table matrix" data-testid="matrix">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <SortHeader by="commune" label={t('commune')} sort={sort} t={t} />
              <SortHeader by="global" label={t('allChecklists')} sort={sort} t={t} />
              {guides.map((guide) => (
                <SortHeader key={guide.id} by={`guide-${guide.id}`} label={guide.title} sort={sort} t={t} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-commune={row.name}>
                <th scope="row">{row.name}</th>
                <Cell value={row.overall} percent={percent} locale={locale} />
                {guides.map((guide) => (
                  <Cell key={guide.id} value={row.perGuide[guide.id]} percent={percent} locale={locale} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
