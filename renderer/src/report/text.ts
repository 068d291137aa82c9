import i18next from 'i18next'
import { COLOURS, currentPage, ensureSpace, LEADING, newPage, setFont, SIZES, type ReportCursor } from './layout'

/** Wrapped text that continues on the next page when it reaches the bottom margin. */

export interface TextStyle {
  size?: number
  weight?: 'normal' | 'bold'
  colour?: string
  /** Extra left indent from the margin. */
  indent?: number
  /** Space after the block, in points. */
  after?: number
}

const lineHeight = (size: number) => size * LEADING
/** From the top of a line box to the baseline of its text. */
const baselineOffset = (size: number) => (lineHeight(size) - size) / 2 + size * 0.8

export function space(cursor: ReportCursor, points: number): void {
  cursor.y = Math.min(cursor.y + points, cursor.layout.bottom)
}

/** Writes lines that are already split, one by one, starting a new page where the next line does not fit. */
function writeLines(cursor: ReportCursor, lines: string[], x: number, size: number, style: Required<Pick<TextStyle, 'weight' | 'colour'>>): void {
  const height = lineHeight(size)
  for (const line of lines) {
    if (cursor.y + height > cursor.layout.bottom) newPage(cursor)
    setFont(cursor.doc, size, style.weight, style.colour)
    cursor.doc.text(line, x, cursor.y + baselineOffset(size))
    cursor.y += height
  }
}

/** A wrapped paragraph; long ones run on over as many pages as they need. */
export function paragraph(cursor: ReportCursor, text: string, style: TextStyle = {}): void {
  const size = style.size ?? SIZES.body
  const weight = style.weight ?? 'normal'
  const colour = style.colour ?? COLOURS.text
  const indent = style.indent ?? 0
  setFont(cursor.doc, size, weight, colour)
  const lines = cursor.doc.splitTextToSize(text, cursor.layout.contentWidth - indent) as string[]
  // Keep at least two lines together at the foot of a page.
  ensureSpace(cursor, Math.min(lines.length, 2) * lineHeight(size))
  writeLines(cursor, lines, cursor.layout.left + indent, size, { weight, colour })
  space(cursor, style.after ?? size * 0.6)
}

/** A bulleted list; each item wraps under its own first word, not under the bullet. */
export function bullets(cursor: ReportCursor, items: readonly string[], style: TextStyle = {}): void {
  const size = style.size ?? SIZES.body
  const weight = style.weight ?? 'normal'
  const colour = style.colour ?? COLOURS.text
  const indent = style.indent ?? 0
  const hang = size * 1.1
  for (const item of items) {
    setFont(cursor.doc, size, weight, colour)
    const lines = cursor.doc.splitTextToSize(item, cursor.layout.contentWidth - indent - hang) as string[]
    ensureSpace(cursor, Math.min(lines.length, 2) * lineHeight(size))
    setFont(cursor.doc, size, 'normal', COLOURS.muted)
    cursor.doc.text('•', cursor.layout.left + indent + size * 0.2, cursor.y + baselineOffset(size))
    writeLines(cursor, lines, cursor.layout.left + indent + hang, size, { weight, colour })
    space(cursor, size * 0.25)
  }
  space(cursor, style.after ?? size * 0.4)
}

/** "Label: value" lines with the labels in bold in one column, as on the cover. */
export function labelledLines(cursor: ReportCursor, rows: ReadonlyArray<readonly [string, string]>, labelWidth: number, size: number = SIZES.body): void {
  const x = cursor.layout.left + labelWidth
  for (const [label, value] of rows) {
    setFont(cursor.doc, size, 'normal')
    const lines = cursor.doc.splitTextToSize(value, cursor.layout.contentWidth - labelWidth) as string[]
    ensureSpace(cursor, lineHeight(size))
    setFont(cursor.doc, size, 'bold', COLOURS.muted)
    cursor.doc.text(label, cursor.layout.left, cursor.y + baselineOffset(size))
    writeLines(cursor, lines, x, size, { weight: 'normal', colour: COLOURS.text })
    space(cursor, size * 0.45)
  }
}

/**
 * A sub-heading, kept together with at least `keep` points of what follows it. Text under it that
 * runs on to another page is labelled "<heading> (continued)" there.
 */
export function heading(cursor: ReportCursor, text: string, level: 2 | 3 = 2, keep = 60): void {
  const size = level === 2 ? SIZES.h2 : SIZES.h3
  setFont(cursor.doc, size, 'bold', COLOURS.heading)
  const lines = cursor.doc.splitTextToSize(text, cursor.layout.contentWidth) as string[]
  const before = cursor.y > cursor.layout.top ? size * (level === 2 ? 1.0 : 0.7) : 0
  // A heading moved to a new page needs no "continued" line for what came before it.
  cursor.continued = null
  ensureSpace(cursor, before + lines.length * lineHeight(size) + keep)
  if (cursor.y > cursor.layout.top) space(cursor, before)
  writeLines(cursor, lines, cursor.layout.left, size, { weight: 'bold', colour: COLOURS.heading })
  space(cursor, size * 0.35)
  cursor.continued = i18next.t('report:continued', { heading: text })
}

/**
 * A section's title: on a page of its own, a thin accent rule beneath, and its page recorded for
 * the table of contents.
 */
export function sectionHeading(cursor: ReportCursor, title: string): void {
  cursor.continued = null
  if (cursor.y > cursor.layout.top) newPage(cursor)
  cursor.toc.push({ title, page: currentPage(cursor) })
  const size = SIZES.h1
  setFont(cursor.doc, size, 'bold', COLOURS.heading)
  cursor.doc.text(title, cursor.layout.left, cursor.y + baselineOffset(size))
  cursor.y += lineHeight(size) + 3
  cursor.doc.setDrawColor(COLOURS.accent)
  cursor.doc.setLineWidth(1.2)
  cursor.doc.line(cursor.layout.left, cursor.y, cursor.layout.left + 48, cursor.y)
  space(cursor, 14)
}

/** A quiet note in small grey type, such as an empty table's explanation. */
export function note(cursor: ReportCursor, text: string, after?: number): void {
  paragraph(cursor, text, { size: SIZES.small, colour: COLOURS.muted, ...(after === undefined ? {} : { after }) })
}
