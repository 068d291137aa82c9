import { formatNumber, formatPercent } from '../../domain/numbers'
import { inUnits, type HotSpot } from '../../domain/team-views'
import type { Drill } from '../results/DrillDown'

const HEADING = 'Disagreement hot spots'

function drillFor(spot: HotSpot): Drill {
  return {
    title: `${HEADING}: ${spot.frameworkName} ${spot.itemId}`,
    items: [
      {
        frameworkId: spot.frameworkId,
        itemId: spot.itemId,
        label: `${spot.itemId} ${spot.title}`,
        value: `median ${formatNumber(spot.median)}, range ${inUnits(spot.scoring, spot.range)}`,
        explanation: spot.summary.explanation,
      },
    ],
    explanation: spot.explanation,
  }
}

/** Where the room's individual scores lie furthest apart, across both frameworks: the items to discuss first. */
export function HotSpotsTable({ hotSpots, onDrill }: { hotSpots: HotSpot[]; onDrill: (drill: Drill) => void }) {
  return (
    <section className="card team-section" aria-labelledby="team-hot-spots">
      <h2 id="team-hot-spots">{HEADING}</h2>
      <p className="field-hint">
        Ranked by the range of scores as a share of the item’s scale (points out of 100, levels out of 5), so both frameworks can be compared.
      </p>
      {hotSpots.length === 0 ? (
        <p className="empty">No spread yet: on every item with votes, everyone gave the same score.</p>
      ) : (
        <div className="team-table-wrap">
          <table className="data-table team-table">
            <caption className="visually-hidden">{HEADING}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Framework</th>
                <th scope="col" className="num">Range</th>
                <th scope="col" className="num">Share of scale</th>
                <th scope="col" className="num">Median</th>
                <th scope="col" className="num">Votes</th>
                <th scope="col">Disagreement</th>
              </tr>
            </thead>
            <tbody>
              {hotSpots.map((spot) => (
                <tr key={`${spot.frameworkId}:${spot.itemId}`}>
                  <th scope="row">
                    <button type="button" className="row-button" onClick={() => onDrill(drillFor(spot))}>
                      {spot.itemId} {spot.title}
                    </button>
                  </th>
                  <td>{spot.frameworkName}</td>
                  <td className="num">{inUnits(spot.scoring, spot.range)}</td>
                  <td className="num">{formatPercent(spot.share)}</td>
                  <td className="num">{formatNumber(spot.median)}</td>
                  <td className="num">{spot.votes}</td>
                  <td>{spot.disagreement ? <span className="disagreement">⚠ Yes</span> : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
