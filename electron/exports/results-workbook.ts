import { unzipSync, zipSync } from 'fflate'
import { neutraliseFormula } from '../ipc/formula-guard'
import type { Column, ColumnType, Table } from './results-tables'

/**
 * The results tables (results-tables.ts) as one Excel workbook, a sheet per table. Numbers are
 * stored as numbers with a number format by column type, dates as dates, text as text kept from
 * running as a formula (formula-guard.ts). Each sheet's header row is bold, frozen and carries an
 * autofilter; columns are sized to their content, up to a cap, and long text wraps.
 *
 * Percentages are stored as their percentage on 0–100 (81.5) with the format '0.0', the header
 * saying "%", exactly as the app writes them and as the CSV files hold them, never as a share
 * with a % format: one convention in every export.
 */

/**
 * Number formats per column type. The values are already rounded by the figures.ts rule of their
 * kind, so a format only fixes how many decimals show: a RADAR score or points keep their one
 * decimal, an ISO level up to two (3.0, 2.5, 2.67). A column that mixes kinds (the summary's
 * value) shows each figure as it is stored.
 */
export const NUMBER_FORMATS: Record<Exclude<ColumnType, 'text'>, string> = {
  integer: '0',
  number: 'General',
  score: '0.0',
  level: '0.0#',
  percent: '0.0',
  date: 'yyyy-mm-dd',
}

/** Widest a column grows to fit its content; longer text wraps. */
export const MAX_WIDTH = 60

/** Sheet names: at most 31 characters, none of []:*?/\ and not starting or ending with an apostrophe. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet'
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
  taken.add(name.toLowerCase())
  return name
}

export interface WorkbookOptions {
  title: string
  /** Written as the workbook's created and modified dates, so the same assessment gives the same file. */
  at: Date
}

/** "2026-06-30" as midnight UTC, the date a spreadsheet shows for it. */
const dateOf = (text: string) => new Date(`${text}T00:00:00.000Z`)

/** The longest line of a cell's text, for sizing its column. */
const lineLength = (text: string) => Math.max(0, ...text.split(/\r\n|\r|\n/).map((line) => line.length))

/** Widest a header alone makes its column: past it the header wraps, so "Learning & Creativity" does not widen a column of numbers. */
const HEADER_WIDTH = { text: 24, number: 15 }

function widthOf(column: Column, values: readonly (string | number | null)[]): number {
  // A header wraps between words, never inside one.
  const longestWord = Math.max(...column.header.split(/\s+/).map((word) => word.length)) + 2
  const header = Math.max(longestWord, Math.min(lineLength(column.header) + 2, column.type === 'text' ? HEADER_WIDTH.text : HEADER_WIDTH.number))
  const longest = Math.max(column.width, header, ...values.map((value) => (value === null ? 0 : lineLength(String(value)) + 1)))
  return Math.min(MAX_WIDTH, longest)
}

export async function buildResultsWorkbook(tables: readonly Table[], options: WorkbookOptions): Promise<Uint8Array> {
  // Loaded when a workbook is asked for, not at start-up.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Panorama'
  workbook.lastModifiedBy = 'Panorama'
  workbook.title = neutraliseFormula(options.title)
  workbook.created = options.at
  workbook.modified = options.at
  const taken = new Set<string>()
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      // Printed (or saved as PDF) across the page and as many pages down as it takes, the header on each.
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    })
    sheet.columns = table.columns.map((column, index) => {
      const values = table.rows.map((row) => row[index] ?? null)
      const width = widthOf(column, values)
      // Text right after a right-aligned number is set in a little, so "237.5" and "points" do not touch.
      const afterNumber = index > 0 && table.columns[index - 1]!.type !== 'text'
      const style =
        column.type === 'text'
          ? { alignment: { vertical: 'top' as const, ...(width >= MAX_WIDTH ? { wrapText: true } : {}), ...(afterNumber ? { indent: 1 } : {}) } }
          : { numFmt: NUMBER_FORMATS[column.type], alignment: { vertical: 'top' as const } }
      return { key: column.key, width, style }
    })
    const header = sheet.getRow(1)
    table.columns.forEach((column, index) => {
      header.getCell(index + 1).value = neutraliseFormula(column.header)
    })
    header.font = { bold: true }
    header.alignment = { vertical: 'bottom', wrapText: true }
    // Room for a header that wraps onto a second line: not every spreadsheet fits a row's height on opening.
    if (table.columns.some((column, index) => lineLength(column.header) + 2 > (sheet.getColumn(index + 1).width ?? 0))) header.height = 30
    for (const row of table.rows) {
      sheet.addRow(
        row.map((value, index) => {
          if (value === null || value === '') return null
          const type = table.columns[index]!.type
          if (type === 'date' && typeof value === 'string') return dateOf(value)
          return typeof value === 'number' ? value : neutraliseFormula(value)
        }),
      )
    }
    if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length } }
  }
  const written = new Uint8Array(await workbook.xlsx.writeBuffer())
  return stamped(written, options.at)
}

/**
 * The same zip with every entry dated `at`: exceljs dates its zip entries with the clock, so
 * without this two exports of the same assessment would differ.
 */
function stamped(xlsx: Uint8Array, at: Date): Uint8Array {
  const entries = unzipSync(xlsx)
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: at }]])), { level: 6 })
}
