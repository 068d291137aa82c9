import { EFQM_FILL, groupedBarChart, ISO_FILL, type BarSeries } from '../charts'
import type { ReportCursor } from '../layout'
import { NOT_ASSESSED, SECTION_HEADINGS, type AchievedFigure, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawAchievedScores(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, SECTION_HEADINGS.achieved)
  const section = model.achieved
  paragraph(cursor, section.intro, { after: 10 })
  if (!section.efqmName && !section.isoName) {
    note(cursor, 'The assessment uses no framework yet.')
    return
  }
  const groups = section.groups
  const score = (figure: AchievedFigure | null) => figure?.score ?? null
  const label = (figure: AchievedFigure | null) => figure?.scoreText ?? NOT_ASSESSED
  const series: BarSeries[] = [
    ...(section.efqmName ? [{ label: `${section.efqmName}: your answers`, colour: EFQM_FILL, values: groups.map((g) => score(g.efqm)), labels: groups.map((g) => label(g.efqm)) }] : []),
    ...(section.isoName ? [{ label: `${section.isoName}: your answers`, colour: ISO_FILL, values: groups.map((g) => score(g.iso)), labels: groups.map((g) => label(g.iso)) }] : []),
  ]
  heading(cursor, 'Achieved score by stakeholder group', 2, 250)
  groupedBarChart(cursor, { categories: groups.map((g) => g.name), series, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] })

  const head = ['Group']
  if (section.efqmName) head.push(`${section.efqmName}: achieved`, 'Answered')
  if (section.isoName) head.push(`${section.isoName}: achieved`, 'Answered')
  table(cursor, {
    head,
    body: groups.map((g) => [
      g.name,
      ...(section.efqmName ? [label(g.efqm), g.efqm?.answeredText ?? '–'] : []),
      ...(section.isoName ? [label(g.iso), g.iso?.answeredText ?? '–'] : []),
    ]),
    columns: Object.fromEntries(head.slice(1).map((_, index) => [index + 1, { halign: 'right' as const, cellWidth: 74 }])),
  })
  note(cursor, '“Answered” is the share of the group’s weight in the framework that has an agreed or proposed answer.')
}
