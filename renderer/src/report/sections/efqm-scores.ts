import { criterionChart } from '../charts'
import type { ReportCursor } from '../layout'
import { SECTION_HEADINGS, type ReportModel } from '../report-model'
import { groupRow, table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawEfqmScores(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, SECTION_HEADINGS.efqm)
  const efqm = model.efqm
  if (!efqm) {
    note(cursor, model.efqmMissing)
    return
  }
  paragraph(cursor, efqm.intro, { after: 10 })
  heading(cursor, `Score by criterion (${efqm.name} ${efqm.edition})`, 2, 220)
  criterionChart(cursor, efqm.criteria)
  table(cursor, {
    head: ['Criterion', 'Points', 'Score', 'Points earned', 'Parts answered'],
    body: [
      ...efqm.criteria.map((c) => [`${c.id} ${c.title}`, String(c.points), c.percentText, c.earnedText, c.partsText]),
      [{ content: 'Total', styles: { fontStyle: 'bold' } }, String(efqm.maximum), '', { content: efqm.totalText, styles: { fontStyle: 'bold' } }, ''],
    ],
    columns: { 1: { halign: 'right', cellWidth: 44 }, 2: { halign: 'right', cellWidth: 62 }, 3: { halign: 'right', cellWidth: 70 }, 4: { halign: 'right', cellWidth: 76 } },
  })

  heading(cursor, 'Score by part')
  note(cursor, 'Each part’s score counts with the value the team agreed or, where nothing is agreed yet, with the median of the votes.')
  const body = efqm.criteria.flatMap((criterion) => [
    groupRow(`${criterion.id} ${criterion.title}`, 4),
    ...efqm.parts.filter((part) => part.criterionId === criterion.id).map((part) => [part.id, part.title, part.scoreText, part.basis]),
  ])
  table(cursor, {
    head: ['Part', 'Title', 'Score', 'Basis'],
    body,
    columns: { 0: { cellWidth: 32 }, 2: { cellWidth: 72 }, 3: { cellWidth: 138 } },
  })
}
