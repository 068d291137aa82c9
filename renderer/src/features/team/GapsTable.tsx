import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import type { StoredParticipant } from '../../../../common/contract/assessment-schema'
import { formatFigure, scaleKind } from '../../../../common/domain/figures'
import { describeGap, type PerceptionGap } from '../../../../common/domain/team-views'
import type { Drill } from '../results/DrillDown'

function drillFor(gap: PerceptionGap): Drill {
  return {
    title: i18next.t('team:gaps.drillTitle', { framework: gap.frameworkName, itemId: gap.itemId }),
    items: [
      {
        frameworkId: gap.frameworkId,
        itemId: gap.itemId,
        label: `${gap.itemId} ${gap.title}`,
        value: describeGap(gap.scoring, gap.gap),
        explanation: gap.summary.explanation,
      },
    ],
    explanation: gap.explanation,
  }
}

// An empty table must say why: a team without leaders or staff can never show a gap.
function emptyMessage(participants: readonly StoredParticipant[]): string {
  const missing = (['leadership', 'staff'] as const).filter((role) => !participants.some((participant) => participant.role === role))
  if (missing.length === 0) return i18next.t('team:gaps.empty')
  const roles = missing.length === 2 ? i18next.t('team:gaps.roles.both') : i18next.t(`team:gaps.roles.${missing[0]!}`)
  return i18next.t('team:gaps.missingRoles', { roles })
}

/** Where leadership and staff see the same item differently, the larger gaps first, on either framework. */
export function GapsTable({ gaps, participants, onDrill }: { gaps: PerceptionGap[]; participants: readonly StoredParticipant[]; onDrill: (drill: Drill) => void }) {
  const { t } = useTranslation('team')
  const heading = t('gaps.heading')
  return (
    <section className="card team-section" aria-labelledby="team-gaps">
      <h2 id="team-gaps">{heading}</h2>
      <p className="field-hint">{t('gaps.hint')}</p>
      {gaps.length === 0 ? (
        <p className="empty">{emptyMessage(participants)}</p>
      ) : (
        <div className="team-table-wrap">
          <table className="data-table team-table">
            <caption className="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t('item')}</th>
                <th scope="col">{t('framework')}</th>
                <th scope="col">{t('gaps.gap')}</th>
                <th scope="col" className="num">{t('shareOfScale')}</th>
                <th scope="col" className="num">{t('gaps.leadershipMean')}</th>
                <th scope="col" className="num">{t('gaps.leadershipVotes')}</th>
                <th scope="col" className="num">{t('gaps.staffMean')}</th>
                <th scope="col" className="num">{t('gaps.staffVotes')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((gap) => (
                <tr key={`${gap.frameworkId}:${gap.itemId}`}>
                  <th scope="row">
                    <button type="button" className="row-button" onClick={() => onDrill(drillFor(gap))}>
                      {gap.itemId} {gap.title}
                    </button>
                  </th>
                  <td>{gap.frameworkName}</td>
                  <td>{describeGap(gap.scoring, gap.gap)}</td>
                  <td className="num">{formatFigure('percent', gap.share)}</td>
                  <td className="num">{formatFigure(scaleKind(gap.scoring), gap.leadershipMean)}</td>
                  <td className="num">{gap.leadershipCount}</td>
                  <td className="num">{formatFigure(scaleKind(gap.scoring), gap.staffMean)}</td>
                  <td className="num">{gap.staffCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
