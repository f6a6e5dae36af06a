import ExcelJS from 'exceljs'

/** An Excel workbook of one sheet: a bold, frozen header row, filters, and columns sized to their content. */
export async function xlsxResponse(rows: (string | number)[][], name: string, sheetName: string): Promise<Response> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Relais'
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRows(rows)
  sheet.getRow(1).font = { bold: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: rows[0]?.length ?? 1 } }
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(...rows.map((row) => String(row[index] ?? '').length))
    column.width = Math.min(60, Math.max(8, longest + 2))
    column.alignment = { vertical: 'top', wrapText: longest > 60 }
  })
  const buffer = await workbook.xlsx.writeBuffer()
  return new Response(buffer as ArrayBuffer, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.xlsx"`,
      'cache-control': 'no-store',
    },
  })
}
