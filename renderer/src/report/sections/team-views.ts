import i18next from 'i18next'
import type { ReportCursor } from '../layout'
import { sectionTitle, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawTeamViews(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, sectionTitle('team'))
  const section = model.teamViews

  heading(cursor, i18next.t('report:team.hotSpotsHeading'))
  paragraph(cursor, section.hotSpotsIntro, { after: 8 })
  if (section.hotSpots.length === 0) note(cursor, section.hotSpotsEmpty)
  else
    table(cursor, {
      head: (['item', 'framework', 'range', 'share', 'median', 'votes', 'disagreement'] as const).map((column) => i18next.t(`report:team.columns.${column}`)),
      body: section.hotSpots.map((s) => [s.item, s.framework, s.rangeText, s.shareText, s.medianText, s.votes, s.disagreement]),
      columns: { 1: { cellWidth: 62 }, 2: { cellWidth: 54, halign: 'right' }, 3: { cellWidth: 50, halign: 'right' }, 4: { cellWidth: 44, halign: 'right' }, 5: { cellWidth: 36, halign: 'right' }, 6: { cellWidth: 72 } },
    })

  heading(cursor, i18next.t('report:team.gapsHeading'))
  paragraph(cursor, section.gapsIntro, { after: 8 })
  if (section.gaps.length === 0) note(cursor, section.gapsEmpty)
  else
    table(cursor, {
      head: (['item', 'framework', 'gap', 'share', 'leadershipMean', 'staffMean'] as const).map((column) => i18next.t(`report:team.columns.${column}`)),
      body: section.gaps.map((g) => [g.item, g.framework, g.gapText, g.shareText, g.leadershipText, g.staffText]),
      columns: { 1: { cellWidth: 62 }, 2: { cellWidth: 96 }, 3: { cellWidth: 50, halign: 'right' }, 4: { cellWidth: 70, halign: 'right' }, 5: { cellWidth: 66, halign: 'right' } },
    })
}
