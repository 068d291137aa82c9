import i18next from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sum } from '../../../../common/domain/numbers'
import { crosswalkPairs, EFQM_LIMITED_BELOW, EFQM_STRONG_FROM, type CrosswalkRow, type EfqmSide, type IsoSide } from '../../../../common/domain/team-views'
import { CONFORMING_LEVEL } from '../../../../common/domain/iso-scoring'
import { bandName } from '../../../../common/domain/radar'
import type { Framework } from '../../../../common/domain/framework'
import type { WorkshopResults } from '../../../../common/domain/workshop-results'
import type { Drill } from '../results/DrillDown'
import type { ResultsContext } from '../results/use-results'
import { ownValue } from '../../../../common/domain/records'

const efqmText = (side: EfqmSide) =>
  side.status === 'assessed' ? i18next.t('results:values.scoreBand', { score: side.score, band: bandName(side.band) }) : i18next.t('results:ui.notAssessed')

function isoText(side: IsoSide): string {
  if (side.status === 'not-applicable') return i18next.t('results:ui.notApplicable')
  if (side.status === 'not-assessed') return i18next.t('results:ui.notAssessed')
  return i18next.t(side.conforms ? 'team:crosswalk.levelConforms' : 'team:crosswalk.levelDoesNotConform', { level: side.level })
}

function drillFor(row: CrosswalkRow, efqm: Framework, iso: Framework, results: WorkshopResults): Drill {
  return {
    title: i18next.t('team:crosswalk.drillTitle', { itemId: row.efqmItemId }),
    items: [
      {
        frameworkId: efqm.id,
        itemId: row.efqmItemId,
        label: i18next.t('team:crosswalk.efqmLabel', { itemId: row.efqmItemId, title: row.efqmTitle }),
        value: efqmText(row.efqm),
        explanation: row.efqm.status === 'assessed' ? row.efqm.part.explanation : null,
      },
      ...row.pairs.map((pair) => ({
        frameworkId: iso.id,
        itemId: pair.isoItemId,
        label: i18next.t('team:crosswalk.isoLabel', { itemId: pair.isoItemId, title: pair.isoTitle }),
        value: isoText(pair.iso),
        explanation: ownValue(results.iso?.team, pair.isoItemId)?.explanation ?? null,
      })),
    ],
    explanation: row.explanation,
  }
}

function PartRows({ row, onOpen }: { row: CrosswalkRow; onOpen: () => void }) {
  const { t } = useTranslation('team')
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
            {t('crosswalk.noRelated')}
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
          <td>{pair.sentence ? <span className="inconsistency">⚠ {pair.sentence}</span> : pair.iso.status === 'assessed' && row.efqm.status === 'assessed' ? t('crosswalk.consistent') : '—'}</td>
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
  const { t } = useTranslation('team')
  const heading = t('crosswalk.heading')

  if (!rows || !efqm || !iso) {
    const present = efqm ?? iso
    return (
      <section className="card team-section" aria-labelledby="team-crosswalk">
        <h2 id="team-crosswalk">{heading}</h2>
        <p className="empty">{present ? t('crosswalk.needsBothOnly', { name: present.name }) : t('crosswalk.needsBothNeither')}</p>
      </section>
    )
  }

  const inconsistent = sum(rows.map((row) => row.inconsistentPairs))
  const partsAffected = rows.filter((row) => row.inconsistentPairs > 0).length
  const shown = onlyInconsistent ? rows.filter((row) => row.inconsistentPairs > 0) : rows
  return (
    <section className="card team-section" aria-labelledby="team-crosswalk">
      <h2 id="team-crosswalk">{heading}</h2>
      <p className="field-hint">
        {t('crosswalk.hint', { conformingLevel: CONFORMING_LEVEL, limitedBelow: EFQM_LIMITED_BELOW, strongFrom: EFQM_STRONG_FROM })}
      </p>
      <p className="crosswalk-summary">
        {inconsistent === 0
          ? t('crosswalk.noInconsistent')
          : t('crosswalk.summary', { pairs: t('crosswalk.pairs', { count: inconsistent }), parts: t('crosswalk.parts', { count: partsAffected }) })}
      </p>
      <label className="crosswalk-filter">
        <input type="checkbox" checked={onlyInconsistent} onChange={(event) => setOnlyInconsistent(event.target.checked)} />
        {t('crosswalk.onlyInconsistent')}
      </label>
      <div className="team-table-wrap">
        <table className="data-table team-table crosswalk-table">
          <caption className="visually-hidden">{heading}</caption>
          <thead>
            <tr>
              <th scope="col">{t('crosswalk.efqmPart')}</th>
              <th scope="col">{t('crosswalk.efqmScore')}</th>
              <th scope="col">{t('crosswalk.isoUnit')}</th>
              <th scope="col">{t('crosswalk.isoLevel')}</th>
              <th scope="col">{t('crosswalk.consistency')}</th>
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
