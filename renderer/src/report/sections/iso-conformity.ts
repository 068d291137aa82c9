import i18next from 'i18next'
import { heatMap } from '../charts'
import type { ReportCursor } from '../layout'
import { sectionTitle, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawIsoConformity(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('iso'))
  const iso = model.iso
  if (!iso) {
    note(cursor, model.isoMissing)
    return
  }
  paragraph(cursor, iso.intro, { after: 10 })
  heading(cursor, i18next.t('report:iso.heatHeading', { name: iso.name, edition: iso.edition }), 2, 260)
  heatMap(cursor, iso.heat, iso.clauses, iso.levels)

  heading(cursor, i18next.t('report:iso.clausesHeading'))
  table(cursor, {
    head: (['clause', 'units', 'assessed', 'conform', 'notApplicable', 'notAssessed', 'readiness', 'maturity'] as const).map((column) => i18next.t(`report:iso.columns.${column}`)),
    body: iso.clauses.map((c) => [`${c.id} ${c.title}`, String(c.units), String(c.assessed), String(c.conforming), String(c.notApplicable), String(c.unanswered), c.readinessText, c.maturityText]),
    columns: Object.fromEntries(
      [36, 50, 46, 56, 54, 54, 48].map((cellWidth, index) => [index + 1, { halign: 'right' as const, cellWidth }]),
    ),
  })

  heading(cursor, i18next.t('report:iso.findingsHeading'))
  table(cursor, {
    head: iso.findingCounts.map((finding) => finding.label),
    body: [iso.findingCounts.map((finding) => String(finding.count))],
    columns: Object.fromEntries(iso.findingCounts.map((_, column) => [column, { halign: 'center' as const }])),
  })
  heading(cursor, i18next.t('report:iso.belowHeading'), 3)
  if (iso.findings.length === 0) {
    note(cursor, i18next.t('report:iso.allConform'))
    return
  }
  table(cursor, {
    head: (['unit', 'title', 'level', 'finding'] as const).map((column) => i18next.t(`report:iso.columns.${column}`)),
    body: iso.findings.map((f) => [f.id, f.title, f.valueText, f.finding]),
    columns: { 0: { cellWidth: 36 }, 2: { cellWidth: 118 }, 3: { cellWidth: 130 } },
  })
  if (iso.findingsNote) note(cursor, iso.findingsNote)
}
