import type { ReportCursor } from '../layout'
import { SECTION_HEADINGS, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, sectionHeading } from '../text'

export function drawActionPlan(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, SECTION_HEADINGS.actions)
  const section = model.actions
  note(cursor, section.rule, 8)
  if (section.actions.length === 0) note(cursor, section.actionsEmpty)
  else
    table(cursor, {
      head: ['#', 'Action', 'Priority', 'Owner', 'Due', 'Status', 'From'],
      body: section.actions.map((a) => [
        a.rank,
        a.title,
        `${a.priority}\nimpact ${a.impact}\neffort ${a.effort}`,
        a.owner,
        a.due,
        a.status,
        a.sources,
      ]),
      columns: {
        0: { cellWidth: 18, halign: 'right' },
        2: { cellWidth: 88 },
        3: { cellWidth: 64 },
        4: { cellWidth: 54 },
        5: { cellWidth: 50 },
        6: { cellWidth: 60 },
      },
    })

  heading(cursor, 'Areas for improvement without an action')
  note(cursor, section.openAfisIntro, 8)
  if (section.openAfis.length > 0)
    table(cursor, {
      head: ['Item', 'Area for improvement'],
      body: section.openAfis.map((afi) => [afi.item, afi.text]),
      columns: { 0: { cellWidth: 86 } },
    })
}
