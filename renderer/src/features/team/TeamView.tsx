import { useMemo } from 'react'
import { hotSpots, perceptionGaps } from '../../../../common/domain/team-views'
import type { Drill } from '../results/DrillDown'
import type { ResultsContext } from '../results/use-results'
import { CrosswalkTable } from './CrosswalkTable'
import { GapsTable } from './GapsTable'
import { HotSpotsTable } from './HotSpotsTable'
import './team.css'

/** The team views on the results: disagreement, leader–staff gaps, and EFQM beside ISO 9001. */
export function TeamView(props: { context: ResultsContext; onDrill: (drill: Drill) => void }) {
  const { context, onDrill } = props
  const { results, efqm, iso, assessment } = context
  const spots = useMemo(() => hotSpots(results, { efqm, iso }), [results, efqm, iso])
  const gaps = useMemo(() => perceptionGaps(results, { efqm, iso }, assessment.participants), [results, efqm, iso, assessment.participants])

  return (
    <div className="team-view">
      <HotSpotsTable hotSpots={spots} onDrill={onDrill} />
      <GapsTable gaps={gaps} participants={assessment.participants} onDrill={onDrill} />
      <CrosswalkTable context={context} onDrill={onDrill} />
    </div>
  )
}
