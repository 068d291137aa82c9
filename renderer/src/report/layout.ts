import i18next from 'i18next'
import type { jsPDF } from 'jspdf'
import type { ReportOptions } from './report-model'

/**
 * Page geometry, the running header and footer, and the cursor every section writes with.
 * Units are PDF points (1/72 inch), so A4 is 595.28 × 841.89 and US Letter 612 × 792.
 */

export const FONT = 'PanoramaSans'

export const PAPER_SIZES: Record<ReportOptions['paper'], { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
}

/** Calm colours: near-black text, a dark blue for headings and table heads, greys for rules. */
export const COLOURS = {
  text: '#1f2328',
  muted: '#5b636d',
  heading: '#1d3a5c',
  accent: '#0072B2',
  rule: '#c9d0d8',
  faint: '#eef1f4',
  tableHead: '#1d3a5c',
  tableStripe: '#f5f7f9',
  white: '#ffffff',
} as const

export const SIZES = {
  title: 26,
  h1: 17,
  h2: 12,
  h3: 10,
  body: 9.5,
  small: 8,
  tiny: 6.8,
  header: 7.5,
} as const

/** Line height as a multiple of the font size. */
export const LEADING = 1.38

export interface PageLayout {
  width: number
  height: number
  left: number
  right: number
  /** Where content starts on every page, below the running header. */
  top: number
  /** Where content must end on every page, above the running footer. */
  bottom: number
  contentWidth: number
}

export function pageLayout(paper: ReportOptions['paper']): PageLayout {
  const { width, height } = PAPER_SIZES[paper]
  const side = 54
  return { width, height, left: side, right: width - side, top: 66, bottom: height - 58, contentWidth: width - 2 * side }
}

export interface TocEntry {
  title: string
  page: number
}

/** The document being written, where the next line goes, and where each section started. */
export interface ReportCursor {
  doc: jsPDF
  layout: PageLayout
  y: number
  toc: TocEntry[]
  /** While set, each new page starts with this line, e.g. "9.2 Internal audit (continued)". */
  continued: string | null
}

export function createCursor(doc: jsPDF, layout: PageLayout): ReportCursor {
  return { doc, layout, y: layout.top, toc: [], continued: null }
}

export const currentPage = (cursor: ReportCursor) => cursor.doc.getCurrentPageInfo().pageNumber

export function newPage(cursor: ReportCursor): void {
  cursor.doc.addPage()
  cursor.y = cursor.layout.top
  if (cursor.continued) {
    setFont(cursor.doc, SIZES.small, 'bold', COLOURS.muted)
    cursor.doc.text(fitText(cursor.doc, cursor.continued, cursor.layout.contentWidth), cursor.layout.left, cursor.y + SIZES.small)
    cursor.y += SIZES.small * LEADING + 4
  }
}

/** Moves to a new page unless `height` still fits below the cursor. */
export function ensureSpace(cursor: ReportCursor, height: number): void {
  if (cursor.y + height > cursor.layout.bottom && cursor.y > cursor.layout.top) newPage(cursor)
}

export function setFont(doc: jsPDF, size: number, weight: 'normal' | 'bold' = 'normal', colour: string = COLOURS.text): void {
  doc.setFont(FONT, weight)
  doc.setFontSize(size)
  doc.setTextColor(colour)
}

/** Shortens one line of text with an ellipsis until it fits `width` at the current font. */
export function fitText(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text
  let end = text.length
  while (end > 1 && doc.getTextWidth(`${text.slice(0, end).trimEnd()}…`) > width) end--
  return `${text.slice(0, end).trimEnd()}…`
}

export interface RunningText {
  organisation: string
  date: string
  title: string
}

/**
 * The header (organisation, assessment date) and footer (report title, "Page X of Y") on every
 * page. Drawn last, once the page count is known.
 */
export function drawHeadersAndFooters(doc: jsPDF, layout: PageLayout, running: RunningText): void {
  const pages = doc.getNumberOfPages()
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page)
    const headerY = 34
    setFont(doc, SIZES.header, 'normal', COLOURS.muted)
    const dateWidth = doc.getTextWidth(running.date)
    doc.text(running.date, layout.right, headerY, { align: 'right' })
    setFont(doc, SIZES.header, 'bold', COLOURS.heading)
    doc.text(fitText(doc, running.organisation, layout.contentWidth - dateWidth - 24), layout.left, headerY)
    doc.setDrawColor(COLOURS.rule)
    doc.setLineWidth(0.6)
    doc.line(layout.left, headerY + 7, layout.right, headerY + 7)

    const footerY = layout.height - 30
    doc.line(layout.left, footerY - 11, layout.right, footerY - 11)
    const pageText = i18next.t('report:page', { page, pages })
    setFont(doc, SIZES.header, 'normal', COLOURS.muted)
    const pageWidth = doc.getTextWidth(pageText)
    doc.text(pageText, layout.right, footerY, { align: 'right' })
    doc.text(fitText(doc, running.title, layout.contentWidth - pageWidth - 24), layout.left, footerY)
  }
}
