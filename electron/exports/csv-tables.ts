import { strToU8, zipSync } from 'fflate'
import { neutraliseFormula } from '../ipc/formula-guard'
import type { Table } from './results-tables'

/**
 * The results tables (results-tables.ts) as CSV files for scripts, one per table, zipped
 * together: `<table id>.csv`, and nothing else. The same rows as the workbook's sheets.
 *
 * RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end in CRLF.
 * UTF-8 with a byte-order mark, so spreadsheet programs read names such as "Łódź" correctly.
 * The header row is the columns' stable keys. Numbers are written as the app rounds them, with a
 * full stop whatever the locale; an empty field is a value nobody gave. Text that a spreadsheet
 * could run as a formula gets an apostrophe (formula-guard.ts).
 */

const BOM = '\uFEFF'
const CRLF = '\r\n'
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/

/**
 * One RFC 4180 field, kept from being read as a formula. A `number` field that holds a plain
 * negative number is written as it is, so the spreadsheet reads a number rather than text with
 * an apostrophe; anything else in it goes through the guard like text, which leaves a plain
 * positive number as it is.
 */
export function csvField(value: string, number = false): string {
  const safe = number && NEGATIVE_NUMBER.test(value) ? value : neutraliseFormula(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One table as CSV text: the keys as the header, then a line per row. */
export function tableCsv(table: Table): string {
  const lines = [
    table.columns.map((column) => csvField(column.key)).join(','),
    ...table.rows.map((row) => row.map((value) => (value === null ? '' : typeof value === 'number' ? csvField(String(value), true) : csvField(value))).join(',')),
  ]
  return BOM + lines.join(CRLF) + CRLF
}

/** Every table as `<id>.csv` in one zip, each entry dated `at` so the same assessment gives the same bytes. */
export function csvZip(tables: readonly Table[], at: Date): Uint8Array {
  return zipSync(Object.fromEntries(tables.map((table) => [`${table.id}.csv`, [strToU8(tableCsv(table)), { mtime: at }]])), { level: 6 })
}
