import i18next from 'i18next'
import { criterionChart } from '../charts'
import type { ReportCursor } from '../layout'
import { sectionTitle, type ReportModel } from '../report-model'
import { groupRow, table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawEfqmScores(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('efqm'))
  const efqm = model.efqm
  if (!efqm) {
    note(cursor, model.efqmMissing)
    return
  }
  paragraph(cursor, efqm.intro, { after: 10 })
  heading(cursor, i18next.t('report:efqm.criteriaHeading', { name: efqm.name, edition: efqm.edition }), 2, 220)
  criterionChart(cursor, efqm.criteria)
  table(cursor, {
    head: (['criterion', 'points', 'score', 'earned', 'partsAnswered'] as const).map((column) => i18next.t(`report:efqm.columns.${column}`)),
    body: [
      ...efqm.criteria.map((c) => [`${c.id} ${c.title}`, String(c.points), c.percentText, c.earnedText, c.partsText]),
      [{ content: i18next.t('report:efqm.total'), styles: { fontStyle: 'bold' } }, String(efqm.maximum), '', { content: efqm.totalText, styles: { fontStyle: 'bold' } }, ''],
    ],
    columns: { 1: { halign: 'right', cellWidth: 44 }, 2: { halign: 'right', cellWidth: 62 }, 3: { halign: 'right', cellWidth: 70 }, 4: { halign: 'right', cellWidth: 76 } },
  })

  heading(cursor, i18next.t('report:efqm.partsHeading'))
  note(cursor, i18next.t('report:efqm.partsNote'))
  const body = efqm.criteria.flatMap((criterion) => [
    groupRow(`${criterion.id} ${criterion.title}`, 4),
    ...efqm.parts.filter((part) => part.criterionId === criterion.id).map((part) => [part.id, part.title, part.scoreText, part.basis]),
  ])
  table(cursor, {
    head: (['part', 'title', 'score', 'basis'] as const).map((column) => i18next.t(`report:efqm.columns.${column}`)),
    body,
    columns: { 0: { cellWidth: 32 }, 2: { cellWidth: 72 }, 3: { cellWidth: 138 } },
  })
}
