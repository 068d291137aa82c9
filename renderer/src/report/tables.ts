import { autoTable, type CellHookData, type CellInput, type Styles, type UserOptions } from 'jspdf-autotable'
import { COLOURS, ensureSpace, FONT, SIZES, type ReportCursor } from './layout'

/** Tables in one house style: the report font, a dark head repeated on every page, light stripes. */

export interface TableSpec {
  head: string[]
  body: CellInput[][]
  /** Per column index: width, alignment and the like. */
  columns?: Record<number, Partial<Styles>>
  fontSize?: number
}

/**
 * A word longer than its column is cut by character ("comprehen/sive"): autotable wraps text with
 * jsPDF, which chops a word only when the word alone is wider than the line. So before the widths
 * are worked out, every cell asks for its widest word: a fixed-width column grows to fit it and an
 * automatic column never shrinks below it, and words then move to the next line whole. Only a
 * "word" wider than half the table (a long web address) is still cut, so one such string cannot
 * squeeze every other column.
 */
function keepWordsWhole(data: CellHookData): void {
  const { cell, doc, table } = data
  const styles = cell.styles
  const words = cell.text.join(' ').split(/[^\S\u00A0]+/).filter(Boolean)
  if (words.length === 0) return
  doc.setFont(styles.font, styles.fontStyle)
  doc.setFontSize(styles.fontSize)
  const widest = Math.max(...words.map((word) => doc.getTextWidth(word)))
  // Half a point to spare, so a word exactly as wide as the column is not cut by rounding.
  const needed = Math.min(widest + cell.padding('horizontal') + 0.5, table.settings.tableWidth === 'auto' ? Infinity : Number(table.settings.tableWidth) / 2)
  if (typeof styles.cellWidth === 'number') styles.cellWidth = Math.max(styles.cellWidth, needed)
  else styles.minCellWidth = Math.max(styles.minCellWidth ?? 0, needed)
}

interface WithLastTable {
  lastAutoTable?: { finalY?: number } | false
}

export function table(cursor: ReportCursor, spec: TableSpec): void {
  const { doc, layout } = cursor
  // The head and at least one row belong together; start on the next page if they do not fit.
  ensureSpace(cursor, 48)
  // Head cells line up with their column: numbers right-aligned under a right-aligned title.
  const head: CellInput[] = spec.head.map((title, column) => {
    const halign = spec.columns?.[column]?.halign
    return halign && halign !== 'left' ? { content: title, styles: { halign } } : title
  })
  const options: UserOptions = {
    head: [head],
    body: spec.body,
    startY: cursor.y,
    margin: { top: layout.top, bottom: layout.height - layout.bottom, left: layout.left, right: layout.width - layout.right },
    theme: 'grid',
    showHead: 'everyPage',
    // Rows stay whole unless one is taller than a page (a very long note), which then splits.
    rowPageBreak: 'avoid',
    tableWidth: layout.contentWidth,
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: spec.fontSize ?? SIZES.small,
      textColor: COLOURS.text,
      lineColor: COLOURS.rule,
      lineWidth: 0.4,
      cellPadding: { top: 3.2, bottom: 3.2, left: 4, right: 4 },
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: COLOURS.tableHead, textColor: COLOURS.white, valign: 'bottom' },
    bodyStyles: { fillColor: COLOURS.white },
    alternateRowStyles: { fillColor: COLOURS.tableStripe },
    columnStyles: spec.columns ?? {},
    didParseCell: keepWordsWhole,
  }
  autoTable(doc, options)
  const finalY = (doc as unknown as WithLastTable).lastAutoTable
  cursor.y = (finalY && finalY.finalY !== undefined ? finalY.finalY : cursor.y) + 12
}

/** A cell that spans the whole row, used as a group title inside a table. */
export function groupRow(text: string, columns: number): CellInput[] {
  return [{ content: text, colSpan: columns, styles: { fontStyle: 'bold', fillColor: COLOURS.faint, textColor: COLOURS.heading } }]
}
