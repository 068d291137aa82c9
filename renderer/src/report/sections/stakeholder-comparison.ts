import { EFQM_FILL, groupedBarChart, ISO_FILL, TARGET_STROKE, type BarSeries } from '../charts'
import type { ReportCursor } from '../layout'
import { SECTION_HEADINGS, type ReportModel } from '../report-model'
import { table } from '../tables'
import { bullets, heading, note, paragraph, sectionHeading } from '../text'

/** A tidy top for the value axis: the next 10 % above the largest value, at least 40 %. */
function axisMax(values: readonly number[]): number {
  return Math.min(1, Math.max(0.4, Math.ceil((Math.max(...values) + 0.02) * 10) / 10))
}

export function drawStakeholderComparison(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, SECTION_HEADINGS.stakeholders)
  const section = model.stakeholders
  paragraph(cursor, section.intro, { after: 4 })
  note(cursor, `Target profile: ${section.targetName}.`, 10)

  const groups = section.groups
  const series: BarSeries[] = [
    ...(section.efqmName ? [{ label: `${section.efqmName}: design focus`, colour: EFQM_FILL, values: groups.map((g) => g.efqm), labels: groups.map((g) => g.efqmText) }] : []),
    ...(section.isoName ? [{ label: `${section.isoName}: design focus`, colour: ISO_FILL, values: groups.map((g) => g.iso), labels: groups.map((g) => g.isoText) }] : []),
    { label: 'Your target profile', colour: TARGET_STROKE, outline: true, values: groups.map((g) => g.target) },
  ]
  const max = axisMax(groups.flatMap((g) => [g.efqm ?? 0, g.iso ?? 0, g.target]))
  heading(cursor, 'Design focus by stakeholder group', 2, 250)
  groupedBarChart(cursor, { categories: groups.map((g) => g.name), series, max, ticks: Array.from({ length: Math.round(max * 10) + 1 }, (_, i) => i / 10) })

  const frameworkColumns = [section.efqmName, section.isoName].filter((name): name is string => name !== null)
  table(cursor, {
    head: ['Group', ...frameworkColumns, 'Target'],
    body: groups.map((g) => [g.name, ...(section.efqmName ? [g.efqmText] : []), ...(section.isoName ? [g.isoText] : []), g.targetText]),
    columns: Object.fromEntries(frameworkColumns.concat('Target').map((_, index) => [index + 1, { halign: 'right' as const, cellWidth: 90 }])),
  })

  heading(cursor, 'Balance and blind spots')
  if (section.balance.length === 0) {
    note(cursor, 'The assessment uses no framework yet.')
  } else {
    const rows: Array<[string, (b: (typeof section.balance)[number]) => string]> = [
      ['Balance index (1 = even attention)', (b) => b.balanceText],
      ['Breadth (groups with at least 5 %)', (b) => b.breadthText],
      ['Beyond-customer share', (b) => b.beyondCustomerText],
      ['Misalignment with your target', (b) => b.misalignmentText],
      ['Blind spots (under half the target)', (b) => b.blindSpotsText],
    ]
    table(cursor, {
      head: ['Figure', ...section.balance.map((b) => b.framework)],
      body: rows.map(([label, value]) => [label, ...section.balance.map(value)]),
      columns: { 0: { cellWidth: 170, fontStyle: 'bold' } },
    })
  }
  heading(cursor, 'What the numbers say', 3)
  bullets(cursor, section.findings)
}
