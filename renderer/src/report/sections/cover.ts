import i18next from 'i18next'
import { COLOURS, ensureSpace, fitText, setFont, SIZES, type ReportCursor } from '../layout'
import { reportTitle, type ReportModel } from '../report-model'
import { heading, labelledLines, note, paragraph, space } from '../text'

/** The cover: what was assessed, for whom, when, by whom, and against which frameworks. */
export function drawCover(cursor: ReportCursor, model: ReportModel): void {
  const { doc, layout } = cursor
  cursor.y = layout.top + 56
  setFont(doc, SIZES.small, 'bold', COLOURS.accent)
  doc.text(i18next.t('common:appName').toUpperCase(), layout.left, cursor.y)
  cursor.y += 30
  paragraph(cursor, reportTitle(), { size: SIZES.title, weight: 'bold', colour: COLOURS.heading, after: 2 })
  paragraph(cursor, model.title, { size: 13, colour: COLOURS.muted, after: 10 })
  doc.setDrawColor(COLOURS.accent)
  doc.setLineWidth(2)
  doc.line(layout.left, cursor.y, layout.left + 64, cursor.y)
  space(cursor, 26)
  paragraph(cursor, model.organisation, { size: 16, weight: 'bold', after: 12 })

  const frameworks = model.frameworks.length
    ? model.frameworks.map((f) => `${f.name} ${f.edition} (${f.publisher})`).join('\n')
    : i18next.t('report:cover.noFramework')
  labelledLines(cursor, [
    [i18next.t('report:cover.scope'), model.scope],
    [i18next.t('report:cover.sector'), model.size ? `${model.sector} · ${model.size}` : model.sector],
    [i18next.t('report:cover.date'), model.date],
    [i18next.t('report:cover.frameworks'), frameworks],
    [i18next.t('report:cover.created'), model.createdText],
  ], 104)

  heading(cursor, i18next.t('report:cover.team', { size: model.team.length }), 3, 24)
  if (model.team.length === 0) {
    note(cursor, i18next.t('report:cover.noTeam'))
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
    if (model.anonymised) note(cursor, i18next.t('report:cover.anonymised'))
  }
}
