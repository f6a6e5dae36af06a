import type { ChecklistGuide } from '@/checklists/matrix'
import { TableScroll } from '@/components/ui'
import { classesFor, classOf, formatValue } from '@/regional/classes'
import type { MatrixRow, MatrixSort } from '@/regional/view'

const percent = classesFor('percent', [])

/** The address of the page sorted by `by`: a second click on the sorted column reverses it. */
function sortHref(by: string, sort: MatrixSort) {
  const dir = sort.by === by && sort.dir === 'asc' ? 'desc' : 'asc'
  return `/region?${new URLSearchParams({ tri: by, ordre: dir })}#matrice`
}

function SortHeader({ by, label, sort }: { by: string; label: string; sort: MatrixSort }) {
  const current = sort.by === by
  const next = current && sort.dir === 'asc' ? 'décroissant' : 'croissant'
  return (
    <th scope="col" aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} data-sort={by}>
      <a href={sortHref(by, sort)} aria-label={`${label} : trier par ordre ${next}`}>
        {label}
        <span aria-hidden="true">{current ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </a>
    </th>
  )
}

function Cell({ value }: { value: number | null | undefined }) {
  const level = classOf(value, percent)?.level
  return (
    <td className={`numeric matrix-cell ${level ? `level-${level}` : 'level-none'}`} data-value={value ?? ''}>
      {formatValue(value, 'percent')}
    </td>
  )
}

/**
 * Communes × published guides: each cell the commune's completion of the guide's checklist, coloured by quarter (the
 * number is always written: the colour only repeats it). Columns sort on the server (`?tri=&ordre=`), without JS.
 */
export function CompletionMatrix({ guides, rows, sort }: { guides: ChecklistGuide[]; rows: MatrixRow[]; sort: MatrixSort }) {
  return (
    <>
      <ul className="matrix-legend" aria-label="Couleurs des cellules">
        {percent.map((c) => (
          <li key={c.level}>
            <span className={`matrix-legend__swatch level-${c.level}`} aria-hidden="true" />
            {c.bounds} : {c.meaning}
          </li>
        ))}
      </ul>
      <TableScroll label="Matrice communes × guides">
        <table className="table matrix" data-testid="matrix">
          <caption>Réalisation des checklists par commune et par guide publié (en %)</caption>
          <thead>
            <tr>
              <SortHeader by="commune" label="Commune" sort={sort} />
              <SortHeader by="global" label="Toutes les checklists" sort={sort} />
              {guides.map((guide) => (
                <SortHeader key={guide.id} by={`guide-${guide.id}`} label={guide.title} sort={sort} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-commune={row.name}>
                <th scope="row">{row.name}</th>
                <Cell value={row.overall} />
                {guides.map((guide) => (
                  <Cell key={guide.id} value={row.perGuide[guide.id]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
