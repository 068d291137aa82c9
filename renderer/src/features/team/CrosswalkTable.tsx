import { useMemo, useState } from 'react'
import { sum } from '../../domain/numbers'
import { crosswalkPairs, EFQM_LIMITED_BELOW, EFQM_STRONG_FROM, type CrosswalkRow, type EfqmSide, type IsoSide } from '../../domain/team-views'
import { CONFORMING_LEVEL } from '../../domain/iso-scoring'
import type { Framework } from '../../domain/framework'
import type { WorkshopResults } from '../../domain/workshop-results'
import type { Drill } from '../results/DrillDown'
import type { ResultsContext } from '../results/use-results'

const HEADING = 'EFQM and ISO 9001 side by side'

const efqmText = (side: EfqmSide) => (side.status === 'assessed' ? `${side.score} (${side.band})` : 'not assessed')

function isoText(side: IsoSide): string {
  if (side.status === 'not-applicable') return 'not applicable'
  if (side.status === 'not-assessed') return 'not assessed'
  return `Level ${side.level}, ${side.conforms ? 'conforms' : 'does not conform'}`
}

function drillFor(row: CrosswalkRow, efqm: Framework, iso: Framework, results: WorkshopResults): Drill {
  return {
    title: `EFQM ${row.efqmItemId} beside ISO 9001`,
    items: [
      {
        frameworkId: efqm.id,
        itemId: row.efqmItemId,
        label: `EFQM ${row.efqmItemId} ${row.efqmTitle}`,
        value: efqmText(row.efqm),
        explanation: row.efqm.status === 'assessed' ? row.efqm.part.explanation : null,
      },
      ...row.pairs.map((pair) => ({
        frameworkId: iso.id,
        itemId: pair.isoItemId,
        label: `ISO ${pair.isoItemId} ${pair.isoTitle}`,
        value: isoText(pair.iso),
        explanation: results.iso?.team[pair.isoItemId]?.explanation ?? null,
      })),
    ],
    explanation: row.explanation,
  }
}

function PartRows({ row, onOpen }: { row: CrosswalkRow; onOpen: () => void }) {
  const span = Math.max(row.pairs.length, 1)
  const part = (
    <>
      <th scope="rowgroup" rowSpan={span}>
        <button type="button" className="row-button" onClick={onOpen}>
          {row.efqmItemId} {row.efqmTitle}
        </button>
      </th>
      <td rowSpan={span} className={row.efqm.status === 'assessed' ? undefined : 'not-assessed'}>
        {efqmText(row.efqm)}
      </td>
    </>
  )
  if (row.pairs.length === 0) {
    return (
      <tbody>
        <tr>
          {part}
          <td colSpan={3} className="not-assessed">
            No related ISO unit in the crosswalk
          </td>
        </tr>
      </tbody>
    )
  }
  return (
    <tbody className={row.inconsistentPairs > 0 ? 'has-inconsistency' : undefined}>
      {row.pairs.map((pair, index) => (
        <tr key={pair.isoItemId} className={pair.inconsistency ? 'inconsistent' : undefined}>
          {index === 0 && part}
          <td>
            {pair.isoItemId} {pair.isoTitle}
          </td>
          <td className={pair.iso.status === 'assessed' ? undefined : 'not-assessed'}>{isoText(pair.iso)}</td>
          <td>{pair.sentence ? <span className="inconsistency">⚠ {pair.sentence}</span> : pair.iso.status === 'assessed' && row.efqm.status === 'assessed' ? 'Consistent' : '—'}</td>
        </tr>
      ))}
    </tbody>
  )
}

/**
 * Each EFQM part beside the ISO units on the same topic, so the team can see where a conforming
 * ISO answer sits next to a weak EFQM one, or the reverse. It needs both frameworks.
 */
export function CrosswalkTable({ context, onDrill }: { context: ResultsContext; onDrill: (drill: Drill) => void }) {
  const { results, efqm, iso } = context
  const rows = useMemo(() => (efqm && iso ? crosswalkPairs(results, efqm, iso) : null), [results, efqm, iso])
  const [onlyInconsistent, setOnlyInconsistent] = useState(false)

  if (!rows || !efqm || !iso) {
    const present = efqm ?? iso
    return (
      <section className="card team-section" aria-labelledby="team-crosswalk">
        <h2 id="team-crosswalk">{HEADING}</h2>
        <p className="empty">
          This view needs both the EFQM Model and ISO 9001 in the assessment; {present ? `this one uses only ${present.name}` : 'this one uses neither'}.
        </p>
      </section>
    )
  }

  const inconsistent = sum(rows.map((row) => row.inconsistentPairs))
  const partsAffected = rows.filter((row) => row.inconsistentPairs > 0).length
  const shown = onlyInconsistent ? rows.filter((row) => row.inconsistentPairs > 0) : rows
  return (
    <section className="card team-section" aria-labelledby="team-crosswalk">
      <h2 id="team-crosswalk">{HEADING}</h2>
      <p className="field-hint">
        Consensus results on topics the crosswalk relates. A pair is inconsistent where ISO conforms (level {CONFORMING_LEVEL} or above) while EFQM scores below{' '}
        {EFQM_LIMITED_BELOW}, or where ISO does not conform while EFQM scores {EFQM_STRONG_FROM} or more. Items not yet assessed are never compared.
      </p>
      <p className="crosswalk-summary">
        {inconsistent === 0
          ? 'No inconsistent pairs among the assessed items.'
          : `${inconsistent} inconsistent ${inconsistent === 1 ? 'pair' : 'pairs'} in ${partsAffected} EFQM ${partsAffected === 1 ? 'part' : 'parts'}.`}
      </p>
      <label className="crosswalk-filter">
        <input type="checkbox" checked={onlyInconsistent} onChange={(event) => setOnlyInconsistent(event.target.checked)} />
        Only parts with inconsistent pairs
      </label>
      <div className="team-table-wrap">
        <table className="data-table team-table crosswalk-table">
          <caption className="visually-hidden">{HEADING}</caption>
          <thead>
            <tr>
              <th scope="col">EFQM part</th>
              <th scope="col">EFQM score</th>
              <th scope="col">ISO unit</th>
              <th scope="col">ISO level</th>
              <th scope="col">Consistency</th>
            </tr>
          </thead>
          {shown.map((row) => (
            <PartRows key={row.efqmItemId} row={row} onOpen={() => onDrill(drillFor(row, efqm, iso, results))} />
          ))}
        </table>
      </div>
    </section>
  )
}
