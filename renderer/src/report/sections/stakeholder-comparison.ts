import i18next from 'i18next'
import { EFQM_FILL, groupedBarChart, ISO_FILL, TARGET_STROKE, type BarSeries } from '../charts'
import type { ReportCursor } from '../layout'
import { sectionTitle, type ReportModel } from '../report-model'
import { table } from '../tables'
import { bullets, heading, note, paragraph, sectionHeading } from '../text'

/** A tidy top for the value axis: the next 10 % above the largest value, at least 40 %. */
function axisMax(values: readonly number[]): number {
  return Math.min(1, Math.max(0.4, Math.ceil((Math.max(...values) + 0.02) * 10) / 10))
}

export function drawStakeholderComparison(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('stakeholders'))
  const section = model.stakeholders
  paragraph(cursor, section.intro, { after: 4 })
  note(cursor, i18next.t('report:stakeholders.target', { name: section.targetName }), 10)

  const groups = section.groups
  const series: BarSeries[] = [
    ...(section.efqmName ? [{ label: i18next.t('report:stakeholders.designFocus', { framework: section.efqmName }), colour: EFQM_FILL, values: groups.map((g) => g.efqm), labels: groups.map((g) => g.efqmText) }] : []),
    ...(section.isoName ? [{ label: i18next.t('report:stakeholders.designFocus', { framework: section.isoName }), colour: ISO_FILL, values: groups.map((g) => g.iso), labels: groups.map((g) => g.isoText) }] : []),
    { label: i18next.t('report:stakeholders.yourTarget'), colour: TARGET_STROKE, outline: true, values: groups.map((g) => g.target) },
  ]
  const max = axisMax(groups.flatMap((g) => [g.efqm ?? 0, g.iso ?? 0, g.target]))
  heading(cursor, i18next.t('report:stakeholders.chartHeading'), 2, 250)
  groupedBarChart(cursor, { categories: groups.map((g) => g.name), series, max, ticks: Array.from({ length: Math.round(max * 10) + 1 }, (_, i) => i / 10) })

  const frameworkColumns = [section.efqmName, section.isoName].filter((name): name is string => name !== null)
  const target = i18next.t('report:stakeholders.columns.target')
  table(cursor, {
    head: [i18next.t('report:stakeholders.columns.group'), ...frameworkColumns, target],
    body: groups.map((g) => [g.name, ...(section.efqmName ? [g.efqmText] : []), ...(section.isoName ? [g.isoText] : []), g.targetText]),
    columns: Object.fromEntries(frameworkColumns.concat(target).map((_, index) => [index + 1, { halign: 'right' as const, cellWidth: 90 }])),
  })

  heading(cursor, i18next.t('report:stakeholders.balanceHeading'))
  if (section.balance.length === 0) {
    note(cursor, i18next.t('report:noFramework'))
  } else {
    const rows: Array<[string, (b: (typeof section.balance)[number]) => string]> = [
      [i18next.t('report:stakeholders.rows.balance'), (b) => b.balanceText],
      [i18next.t('report:stakeholders.rows.breadth'), (b) => b.breadthText],
      [i18next.t('report:stakeholders.rows.beyondCustomer'), (b) => b.beyondCustomerText],
      [i18next.t('report:stakeholders.rows.misalignment'), (b) => b.misalignmentText],
      [i18next.t('report:stakeholders.rows.blindSpots'), (b) => b.blindSpotsText],
    ]
    table(cursor, {
      head: [i18next.t('report:stakeholders.columns.figure'), ...section.balance.map((b) => b.framework)],
      body: rows.map(([label, value]) => [label, ...section.balance.map(value)]),
      columns: { 0: { cellWidth: 170, fontStyle: 'bold' } },
    })
  }
  heading(cursor, i18next.t('report:stakeholders.findingsHeading'), 3)
  bullets(cursor, section.findings)
}
