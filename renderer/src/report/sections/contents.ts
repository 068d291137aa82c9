import { COLOURS, currentPage, LEADING, newPage, setFont, SIZES, type ReportCursor } from '../layout'
import { sectionTitle } from '../report-model'

/** Reserves the page after the cover for the table of contents; returns its page number. */
export function reserveContents(cursor: ReportCursor): number {
  cursor.continued = null
  newPage(cursor)
  const page = currentPage(cursor)
  // The sections start on their own pages; the contents are drawn here once their pages are known.
  cursor.y = cursor.layout.bottom
  return page
}

/** The table of contents, with dotted leaders, page numbers and links to each section. */
export function drawContents(cursor: ReportCursor, page: number): void {
  const { doc, layout, toc } = cursor
  doc.setPage(page)
  let y = layout.top
  setFont(doc, SIZES.h1, 'bold', COLOURS.heading)
  doc.text(sectionTitle('contents'), layout.left, y + SIZES.h1)
  y += SIZES.h1 * LEADING + 3
  doc.setDrawColor(COLOURS.accent)
  doc.setLineWidth(1.2)
  doc.line(layout.left, y, layout.left + 48, y)
  y += 22
  const rowHeight = 22
  for (const entry of toc) {
    const baseline = y + 10
    setFont(doc, 10.5, 'normal', COLOURS.text)
    doc.text(entry.title, layout.left, baseline)
    const pageText = String(entry.page)
    const titleEnd = layout.left + doc.getTextWidth(entry.title) + 6
    const numberStart = layout.right - doc.getTextWidth(pageText) - 6
    doc.text(pageText, layout.right, baseline, { align: 'right' })
    // A dotted leader drawn as a line, so copied text reads "title   page" without rows of dots.
    doc.setDrawColor(COLOURS.muted)
    doc.setLineWidth(0.6)
    doc.setLineDashPattern([0.6, 2.4], 0)
    doc.line(titleEnd, baseline - 0.5, numberStart, baseline - 0.5)
    doc.setLineDashPattern([], 0)
    doc.link(layout.left, y - 2, layout.contentWidth, rowHeight - 4, { pageNumber: entry.page })
    y += rowHeight
  }
}
