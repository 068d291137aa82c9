import type { ReportCursor } from '../layout'
import { SECTION_HEADINGS, type ReportModel } from '../report-model'
import { table } from '../tables'
import { heading, note, paragraph, sectionHeading } from '../text'

export function drawTeamViews(cursor: ReportCursor, model: ReportModel): void {
  sectionHeading(cursor, SECTION_HEADINGS.team)
  const section = model.teamViews

  heading(cursor, 'Disagreement hot spots')
  paragraph(cursor, section.hotSpotsIntro, { after: 8 })
  if (section.hotSpots.length === 0) note(cursor, section.hotSpotsEmpty)
  else
    table(cursor, {
      head: ['Item', 'Framework', 'Range', 'Share of scale', 'Median', 'Votes', 'Disagreement'],
      body: section.hotSpots.map((s) => [s.item, s.framework, s.rangeText, s.shareText, s.medianText, s.votes, s.disagreement]),
      columns: { 1: { cellWidth: 62 }, 2: { cellWidth: 54, halign: 'right' }, 3: { cellWidth: 50, halign: 'right' }, 4: { cellWidth: 44, halign: 'right' }, 5: { cellWidth: 36, halign: 'right' }, 6: { cellWidth: 72 } },
    })

  heading(cursor, 'Leader–staff perception gaps')
  paragraph(cursor, section.gapsIntro, { after: 8 })
  if (section.gaps.length === 0) note(cursor, section.gapsEmpty)
  else
    table(cursor, {
      head: ['Item', 'Framework', 'Gap', 'Share of scale', 'Leadership mean', 'Staff mean'],
      body: section.gaps.map((g) => [g.item, g.framework, g.gapText, g.shareText, g.leadershipText, g.staffText]),
      columns: { 1: { cellWidth: 62 }, 2: { cellWidth: 96 }, 3: { cellWidth: 50, halign: 'right' }, 4: { cellWidth: 70, halign: 'right' }, 5: { cellWidth: 66, halign: 'right' } },
    })
}
