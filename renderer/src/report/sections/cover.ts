import { COLOURS, ensureSpace, fitText, setFont, SIZES, type ReportCursor } from '../layout'
import { REPORT_TITLE, type ReportModel } from '../report-model'
import { heading, labelledLines, note, paragraph, space } from '../text'

/** The cover: what was assessed, for whom, when, by whom, and against which frameworks. */
export function drawCover(cursor: ReportCursor, model: ReportModel): void {
  const { doc, layout } = cursor
  cursor.y = layout.top + 56
  setFont(doc, SIZES.small, 'bold', COLOURS.accent)
  doc.text('PANORAMA', layout.left, cursor.y)
  cursor.y += 30
  paragraph(cursor, REPORT_TITLE, { size: SIZES.title, weight: 'bold', colour: COLOURS.heading, after: 2 })
  paragraph(cursor, model.title, { size: 13, colour: COLOURS.muted, after: 10 })
  doc.setDrawColor(COLOURS.accent)
  doc.setLineWidth(2)
  doc.line(layout.left, cursor.y, layout.left + 64, cursor.y)
  space(cursor, 26)
  paragraph(cursor, model.organisation, { size: 16, weight: 'bold', after: 12 })

  const frameworks = model.frameworks.length ? model.frameworks.map((f) => `${f.name} ${f.edition} (${f.publisher})`).join('\n') : 'None selected'
  labelledLines(cursor, [
    ['Scope', model.scope],
    ['Sector', model.size ? `${model.sector} · ${model.size}` : model.sector],
    ['Assessment date', model.date],
    ['Frameworks', frameworks],
    ['Report created', model.createdText],
  ], 104)

  heading(cursor, `Team (${model.team.length})`, 3, 24)
  if (model.team.length === 0) {
    note(cursor, 'No participants are listed.')
  } else {
    const columns = model.team.length > 24 ? 3 : model.team.length > 8 ? 2 : 1
    const columnWidth = layout.contentWidth / columns
    const perColumn = Math.ceil(model.team.length / columns)
    const lineHeight = 13
    // The team list may run on to a second page for a very large team; each page restarts the columns.
    let index = 0
    while (index < model.team.length) {
      ensureSpace(cursor, lineHeight * 2)
      const rowsHere = Math.min(perColumn, Math.floor((layout.bottom - cursor.y) / lineHeight))
      const chunk = model.team.slice(index, index + rowsHere * columns)
      const rows = Math.ceil(chunk.length / columns)
      chunk.forEach((member, i) => {
        const column = Math.floor(i / rows)
        const x = layout.left + column * columnWidth
        const y = cursor.y + (i % rows) * lineHeight + 9
        setFont(doc, SIZES.body, 'normal', COLOURS.text)
        const role = ` · ${member.role}`
        const name = fitText(doc, member.label, columnWidth - 12 - doc.getTextWidth(role))
        doc.text(name, x, y)
        setFont(doc, SIZES.body, 'normal', COLOURS.muted)
        doc.text(role, x + doc.getTextWidth(name), y)
      })
      index += chunk.length
      cursor.y += rows * lineHeight
    }
    space(cursor, 6)
    if (model.anonymised) note(cursor, 'Participants are listed by number: this report is anonymised.')
  }
}
