import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import { formatFigure, scaleKind } from '../../../../common/domain/figures'
import { inUnits, type HotSpot } from '../../../../common/domain/team-views'
import type { Drill } from '../results/DrillDown'

function drillFor(spot: HotSpot): Drill {
  return {
    title: i18next.t('team:hotSpots.drillTitle', { framework: spot.frameworkName, itemId: spot.itemId }),
    items: [
      {
        frameworkId: spot.frameworkId,
        itemId: spot.itemId,
        label: `${spot.itemId} ${spot.title}`,
        value: i18next.t('team:hotSpots.drillValue', { median: formatFigure(scaleKind(spot.scoring), spot.median), range: inUnits(spot.scoring, spot.range) }),
        explanation: spot.summary.explanation,
      },
    ],
    explanation: spot.explanation,
  }
}

/** Where the room's individual scores lie furthest apart, across both frameworks: the items to discuss first. */
export function HotSpotsTable({ hotSpots, onDrill }: { hotSpots: HotSpot[]; onDrill: (drill: Drill) => void }) {
  const { t } = useTranslation('team')
  const heading = t('hotSpots.heading')
  return (
    <section className="card team-section" aria-labelledby="team-hot-spots">
      <h2 id="team-hot-spots">{heading}</h2>
      <p className="field-hint">{t('hotSpots.hint')}</p>
      {hotSpots.length === 0 ? (
        <p className="empty">{t('hotSpots.empty')}</p>
      ) : (
        <div className="team-table-wrap">
          <table className="data-table team-table">
            <caption className="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t('item')}</th>
                <th scope="col">{t('framework')}</th>
                <th scope="col" className="num">{t('hotSpots.range')}</th>
                <th scope="col" className="num">{t('shareOfScale')}</th>
                <th scope="col" className="num">{t('hotSpots.median')}</th>
                <th scope="col" className="num">{t('hotSpots.votes')}</th>
                <th scope="col">{t('hotSpots.disagreement')}</th>
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
                  <td className="num">{formatFigure('percent', spot.share)}</td>
                  <td className="num">{formatFigure(scaleKind(spot.scoring), spot.median)}</td>
                  <td className="num">{spot.votes}</td>
                  <td>{spot.disagreement ? <span className="disagreement">⚠ {t('hotSpots.yes')}</span> : t('hotSpots.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
