import i18next from 'i18next'
import { COLOURS, ensureSpace, fitText, setFont, SIZES, type ReportCursor } from '../layout'
import { sectionTitle, type KeyFigure, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading, space } from '../text'

/** Up to three boxed figures side by side: the numbers a board asks for first. */
function keyFigures(cursor: ReportCursor, figures: readonly KeyFigure[]): void {
  if (figures.length === 0) return
  const { doc, layout } = cursor
  const gap = 10
  const width = (layout.contentWidth - gap * (figures.length - 1)) / figures.length
  const height = 70
  ensureSpace(cursor, height + 10)
  figures.forEach((figure, index) => {
    const x = layout.left + index * (width + gap)
    doc.setFillColor(COLOURS.faint)
    doc.setDrawColor(COLOURS.rule)
    doc.setLineWidth(0.5)
    doc.roundedRect(x, cursor.y, width, height, 4, 4, 'FD')
    setFont(doc, SIZES.small, 'bold', COLOURS.muted)
    doc.text(fitText(doc, figure.label, width - 20), x + 10, cursor.y + 16)
    setFont(doc, 22, 'bold', COLOURS.heading)
    doc.text(fitText(doc, figure.value, width - 20), x + 10, cursor.y + 42)
    setFont(doc, SIZES.small - 0.5, 'normal', COLOURS.text)
    doc.text(fitText(doc, figure.detail, width - 20), x + 10, cursor.y + 58)
  })
  cursor.y += height
  space(cursor, 14)
}

export function drawExecutiveSummary(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('summary'))
  const summary = model.summary
  const frameworks = model.frameworks.map((f) => `${f.name} ${f.edition}`)
  const intro = i18next.t('report:summary.intro', {
    organisation: model.organisation,
    date: model.date,
    size: model.team.length,
    frameworks: frameworks.length ? frameworks.reduce((list, item) => i18next.t('report:listAnd', { list, item })) : i18next.t('report:summary.noFramework'),
  })
  paragraph(cursor, intro, { colour: COLOURS.muted, after: 12 })
  keyFigures(cursor, summary.figures)

  heading(cursor, i18next.t('report:summary.highlightsHeading'))
  note(cursor, i18next.t('report:summary.highlightsNote'))
  for (const sentence of summary.notCounted) note(cursor, sentence)
  for (const framework of summary.highlights) {
    heading(cursor, framework.framework, 3, 50)
    if (framework.strengths.length === 0 && framework.gaps.length === 0 && framework.strengthsEmpty === framework.gapsEmpty) {
      note(cursor, framework.strengthsEmpty ?? '')
      continue
    }
    const rows = Math.max(framework.strengths.length, framework.gaps.length, 1)
    const cell = (entries: typeof framework.strengths, empty: string | null, i: number) => {
      const entry = entries[i]
      // An empty column says why, in its first row.
      return entry ? `${entry.itemId} ${entry.title}\n${entry.value}` : i === 0 ? (empty ?? '') : ''
    }
    table(cursor, {
      head: [i18next.t('report:summary.strengths'), i18next.t('report:summary.gaps')],
      body: Array.from({ length: rows }, (_, i) => [cell(framework.strengths, framework.strengthsEmpty, i), cell(framework.gaps, framework.gapsEmpty, i)]),
      columns: { 0: { cellWidth: cursor.layout.contentWidth / 2 }, 1: { cellWidth: cursor.layout.contentWidth / 2 } },
      fontSize: SIZES.small + 0.3,
    })
  }

  heading(cursor, i18next.t('report:summary.balanceHeading'))
  paragraph(cursor, summary.balanceVerdict)
  heading(cursor, i18next.t('report:summary.actionsHeading'))
  paragraph(cursor, summary.actionsSummary)
}
