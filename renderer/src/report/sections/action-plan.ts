import i18next from 'i18next'
import type { ReportCursor } from '../layout'
import { sectionTitle, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, sectionHeading } from '../text'

export function drawActionPlan(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('actions'))
  const section = model.actions
  note(cursor, section.rule, 8)
  if (section.actions.length === 0) note(cursor, section.actionsEmpty)
  else
    table(cursor, {
      head: (['rank', 'action', 'priority', 'owner', 'due', 'status', 'from'] as const).map((column) => i18next.t(`report:actions.columns.${column}`)),
      body: section.actions.map((a) => [
        a.rank,
        a.title,
        i18next.t('report:actions.priority', { priority: a.priority, impact: a.impact, effort: a.effort }),
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

  heading(cursor, i18next.t('report:actions.openHeading'))
  note(cursor, section.openAfisIntro, 8)
  if (section.openAfis.length > 0)
    table(cursor, {
      head: [i18next.t('report:actions.columns.item'), i18next.t('report:actions.columns.afi')],
      body: section.openAfis.map((afi) => [afi.item, afi.text]),
      columns: { 0: { cellWidth: 86 } },
    })
}
