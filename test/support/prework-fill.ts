import { loadExcel } from '../../electron/exports/exceljs-loader'

/** What a participant types into one row of a pack, found by the row's id cell ("4.1", "1.1 · sound"). */
export interface RowFill {
  answer?: string | number
  reason?: string
  note?: string
}

/**
 * Fills a pre-work pack as a participant's spreadsheet would: exceljs opens the workbook, the
 * cells under "Your answer", "N/A reason" and "Notes" of the named rows get their values, and the
 * workbook is saved again (exceljs, like any application, writes it anew).
 */
export async function fillPack(bytes: Uint8Array, fills: Record<string, Record<string, RowFill>>, edit?: (workbook: import('exceljs').Workbook) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcel()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  for (const [sheetName, rows] of Object.entries(fills)) {
    const sheet = workbook.getWorksheet(sheetName)
    if (!sheet) throw new Error(`no sheet ${sheetName}`)
    const headers = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''))
    const column = (name: string) => {
      const index = headers.indexOf(name)
      if (index < 1) throw new Error(`no column ${name} in ${sheetName}`)
      return index
    }
    for (const [key, fill] of Object.entries(rows)) {
      let found = false
      sheet.eachRow((row, number) => {
        if (number === 1 || String(row.getCell(1).value) !== key) return
        found = true
        if (fill.answer !== undefined) row.getCell(column('Your answer')).value = fill.answer
        if (fill.reason !== undefined) row.getCell(column('N/A reason')).value = fill.reason
        if (fill.note !== undefined) row.getCell(column('Notes')).value = fill.note
      })
      if (!found) throw new Error(`no row ${key} in ${sheetName}`)
    }
  }
  edit?.(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
