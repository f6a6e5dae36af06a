/** CSV that Excel opens correctly in Swiss French settings: semicolons, quoted cells, UTF-8 with BOM, CRLF. */
export function toCsv(rows: unknown[][]): string {
  const cell = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n'
}

/** The response for a CSV download named `<name>-<date>.csv`. */
export const csvResponse = (csv: string, name: string) =>
  new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  })
