import { heatMap } from '../charts'
import type { ReportCursor } from '../layout'
import { SECTION_HEADINGS, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawIsoConformity(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, SECTION_HEADINGS.iso)
  const iso = model.iso
  if (!iso) {
    note(cursor, model.isoMissing)
    return
  }
  paragraph(cursor, iso.intro, { after: 10 })
  heading(cursor, `Agreed level of each unit (${iso.name} ${iso.edition})`, 2, 260)
  heatMap(cursor, iso.heat, iso.clauses, iso.levels)

  heading(cursor, 'Conformity by clause')
  table(cursor, {
    head: ['Clause', 'Units', 'Assessed', 'Conform', 'Not applicable', 'Not assessed', 'Readiness', 'Maturity'],
    body: iso.clauses.map((c) => [`${c.id} ${c.title}`, String(c.units), String(c.assessed), String(c.conforming), String(c.notApplicable), String(c.unanswered), c.readinessText, c.maturityText]),
    columns: Object.fromEntries(
      [36, 50, 46, 56, 54, 54, 48].map((cellWidth, index) => [index + 1, { halign: 'right' as const, cellWidth }]),
    ),
  })

  heading(cursor, 'Findings')
  table(cursor, {
    head: iso.findingCounts.map((finding) => finding.label),
    body: [iso.findingCounts.map((finding) => String(finding.count))],
    columns: Object.fromEntries(iso.findingCounts.map((_, column) => [column, { halign: 'center' as const }])),
  })
  heading(cursor, 'Units below level 3 and units with a recorded finding', 3)
  if (iso.findings.length === 0) {
    note(cursor, 'Every assessed unit conforms and no finding is recorded.')
    return
  }
  table(cursor, {
    head: ['Unit', 'Title', 'Agreed level', 'Finding'],
    body: iso.findings.map((f) => [f.id, f.title, f.valueText, f.finding]),
    columns: { 0: { cellWidth: 36 }, 2: { cellWidth: 92 }, 3: { cellWidth: 130 } },
  })
}
