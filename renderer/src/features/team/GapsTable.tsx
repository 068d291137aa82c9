import type { StoredParticipant } from '../../../../electron/ipc/assessment-schema'
import { formatNumber, formatPercent } from '../../domain/numbers'
import { describeGap, type PerceptionGap } from '../../domain/team-views'
import type { Drill } from '../results/DrillDown'

const HEADING = 'Leader–staff perception gaps'

function drillFor(gap: PerceptionGap): Drill {
  return {
    title: `${HEADING}: ${gap.frameworkName} ${gap.itemId}`,
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
  if (missing.length > 0) return `Perception gaps need participants in both leadership and staff roles; this team has nobody in ${missing.join(' or ')}.`
  return 'No gaps yet: on every item scored by both leadership and staff, their means are equal.'
}

/** Where leadership and staff see the same item differently, the larger gaps first, on either framework. */
export function GapsTable({ gaps, participants, onDrill }: { gaps: PerceptionGap[]; participants: readonly StoredParticipant[]; onDrill: (drill: Drill) => void }) {
  return (
    <section className="card team-section" aria-labelledby="team-gaps">
      <h2 id="team-gaps">{HEADING}</h2>
      <p className="field-hint">Mean of leadership minus mean of staff per item, ranked by its size as a share of the item’s scale. External participants are in neither group.</p>
      {gaps.length === 0 ? (
        <p className="empty">{emptyMessage(participants)}</p>
      ) : (
        <div className="team-table-wrap">
          <table className="data-table team-table">
            <caption className="visually-hidden">{HEADING}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Framework</th>
                <th scope="col">Gap</th>
                <th scope="col" className="num">Share of scale</th>
                <th scope="col" className="num">Leadership mean</th>
                <th scope="col" className="num">Leadership votes</th>
                <th scope="col" className="num">Staff mean</th>
                <th scope="col" className="num">Staff votes</th>
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
                  <td className="num">{formatPercent(gap.share)}</td>
                  <td className="num">{formatNumber(gap.leadershipMean)}</td>
                  <td className="num">{gap.leadershipCount}</td>
                  <td className="num">{formatNumber(gap.staffMean)}</td>
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
