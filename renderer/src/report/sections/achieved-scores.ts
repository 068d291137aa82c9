import i18next from 'i18next'
import { EFQM_FILL, groupedBarChart, ISO_FILL, type BarSeries } from '../charts'
import type { ReportCursor } from '../layout'
import { notAssessed, sectionTitle, type AchievedFigure, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawAchievedScores(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('achieved'))
  const section = model.achieved
  paragraph(cursor, section.intro, { after: 10 })
  if (!section.efqmName && !section.isoName) {
    note(cursor, i18next.t('report:noFramework'))
    return
  }
  const groups = section.groups
  const score = (figure: AchievedFigure | null) => figure?.score ?? null
  const label = (figure: AchievedFigure | null) => figure?.scoreText ?? notAssessed()
  const series: BarSeries[] = [
    ...(section.efqmName ? [{ label: i18next.t('report:achieved.yourAnswers', { framework: section.efqmName }), colour: EFQM_FILL, values: groups.map((g) => score(g.efqm)), labels: groups.map((g) => label(g.efqm)) }] : []),
    ...(section.isoName ? [{ label: i18next.t('report:achieved.yourAnswers', { framework: section.isoName }), colour: ISO_FILL, values: groups.map((g) => score(g.iso)), labels: groups.map((g) => label(g.iso)) }] : []),
  ]
  heading(cursor, i18next.t('report:achieved.chartHeading'), 2, 250)
  groupedBarChart(cursor, { categories: groups.map((g) => g.name), series, max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] })

  const answered = i18next.t('report:achieved.columns.answered')
  const head = [i18next.t('report:achieved.columns.group')]
  if (section.efqmName) head.push(i18next.t('report:achieved.columns.achieved', { framework: section.efqmName }), answered)
  if (section.isoName) head.push(i18next.t('report:achieved.columns.achieved', { framework: section.isoName }), answered)
  table(cursor, {
    head,
    body: groups.map((g) => [
      g.name,
      ...(section.efqmName ? [label(g.efqm), g.efqm?.answeredText ?? '–'] : []),
      ...(section.isoName ? [label(g.iso), g.iso?.answeredText ?? '–'] : []),
    ]),
    columns: Object.fromEntries(head.slice(1).map((_, index) => [index + 1, { halign: 'right' as const, cellWidth: 74 }])),
  })
  note(cursor, i18next.t('report:achieved.answeredNote'))
}
