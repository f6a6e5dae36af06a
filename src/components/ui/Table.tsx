import type React from 'react'

export type Column<T> = { header: string; cell: (row: T) => React.ReactNode; numeric?: boolean }

/**
 * A wide table that scrolls inside its own box (the page never gets wider than the screen); the box is focusable
 * and named so that keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}

/**
 * A data table. `layout="cards"`: below 40rem each row becomes a card with each value after its column's name;
 * `layout="scroll"` (default): the table scrolls inside its box.
 */
export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
  layout = 'scroll',
  className,
}: {
  caption: string
  columns: Column<T>[]
  rows: T[]
  rowKey: (row: T) => string | number
  layout?: 'scroll' | 'cards'
  className?: string
}) {
  const table = (
    <table className={['table', layout === 'cards' ? 'table--cards' : null, className].filter(Boolean).join(' ')}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col" className={column.numeric ? 'numeric' : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header} data-label={column.header} className={column.numeric ? 'numeric' : undefined}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
  return layout === 'cards' ? table : <TableScroll label={caption}>{table}</TableScroll>
}
