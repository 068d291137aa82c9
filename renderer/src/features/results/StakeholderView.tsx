import { useTranslation } from 'react-i18next'
import { formatFigure } from '../../../../common/domain/figures'
import { stakeholderFindings, type FrameworkFigures } from '../../../../common/domain/stakeholder-findings'
import type { GroupId } from '../../../../common/domain/stakeholders'
import { GroupedBars, Legend, type Series } from '../../ui/charts/GroupedBars'
import { explainItemScore } from '../../../../common/domain/item-explanation'
import { achievedRows, comparisonRows, itemsForGroup } from './chart-data'
import type { Drill } from './DrillDown'
import { TargetEditor } from './TargetEditor'
import type { ResultsContext } from './use-results'

// Series colours from the Okabe–Ito palette; the target is an outline so it never reads as a measurement.
const EFQM_COLOUR = '#0072B2'
const ISO_COLOUR = '#D55E00'
const TARGET_COLOUR = '#7a7a7a'

/** The centrepiece: how each framework, and the organisation's own answers, attend to each stakeholder group. */
export function StakeholderView({ context, onDrill }: { context: ResultsContext; onDrill: (drill: Drill) => void }) {
  const { results, efqm, iso, catalogue, assessment } = context
  const { t } = useTranslation('results')
  const stakeholders = catalogue.stakeholders
  const groupName = (group: GroupId) => stakeholders.groups.find((g) => g.id === group)!.name
  const rows = comparisonRows(stakeholders, assessment.target, results.efqm?.design, results.iso?.design)
  const achieved = achievedRows(stakeholders, results.efqm, results.iso)
  const figures: FrameworkFigures[] = [
    ...(efqm && results.efqm ? [{ framework: efqm, stakeholders: results.efqm }] : []),
    ...(iso && results.iso ? [{ framework: iso, stakeholders: results.iso }] : []),
  ]
  const categories = rows.map((row) => ({ id: row.group, label: row.name, colour: row.colour }))

  const focusSeries: Series[] = [
    ...(efqm ? [{ id: 'efqm', label: t('stakeholders.designFocusSeries', { name: efqm.name }), colour: EFQM_COLOUR, values: rows.map((r) => r.efqm) }] : []),
    ...(iso ? [{ id: 'iso', label: t('stakeholders.designFocusSeries', { name: iso.name }), colour: ISO_COLOUR, values: rows.map((r) => r.iso) }] : []),
    { id: 'target', label: t('stakeholders.targetSeries'), colour: TARGET_COLOUR, outline: true, values: rows.map((r) => r.target) },
  ]
  const achievedSeries: Series[] = [
    ...(efqm ? [{ id: 'efqm', label: t('stakeholders.answersSeries', { name: efqm.name }), colour: EFQM_COLOUR, values: achieved.map((r) => r.efqm?.score ?? null) }] : []),
    ...(iso ? [{ id: 'iso', label: t('stakeholders.answersSeries', { name: iso.name }), colour: ISO_COLOUR, values: achieved.map((r) => r.iso?.score ?? null) }] : []),
  ]

  const drillGroup = (kind: 'design' | 'achieved') => (group: string, series: string) => {
    const framework = series === 'efqm' ? efqm : iso
    const figure = series === 'efqm' ? results.efqm : results.iso
    if (!framework || !figure) return
    const g = group as GroupId
    onDrill({
      title: t(kind === 'design' ? 'stakeholders.drillDesign' : 'stakeholders.drillAchieved', { framework: framework.name, group: groupName(g) }),
      explanation: kind === 'design' ? figure.design.explanation : figure.achieved[g].explanation,
      items: itemsForGroup(framework, g, results.efqm?.score, results.iso?.score, (id) => explainItemScore(framework, id, context.assessment)),
    })
  }

  return (
    <>
      <section className="card" aria-labelledby="stakeholder-focus">
        <h2 id="stakeholder-focus">{t('stakeholders.focusHeading')}</h2>
        <p className="field-hint">{t('stakeholders.focusHint')}</p>
        <Legend series={focusSeries} />
        <GroupedBars title={t('stakeholders.focusChart')} categories={categories} series={focusSeries} max={Math.max(0.6, ...rows.flatMap((r) => [r.efqm ?? 0, r.iso ?? 0, r.target]))} format={(v) => formatFigure('percent', v)} onSelect={drillGroup('design')} />
        <details className="table-alternative">
          <summary>{t('stakeholders.focusTable')}</summary>
          <table className="data-table">
            <caption>{t('stakeholders.focusChart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stakeholders.group')}</th>
                {efqm && <th scope="col">{efqm.name}</th>}
                {iso && <th scope="col">{iso.name}</th>}
                <th scope="col">{t('stakeholders.target')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{row.name}</th>
                  {efqm && <td>{formatFigure('percent', row.efqm!)}</td>}
                  {iso && <td>{formatFigure('percent', row.iso!)}</td>}
                  <td>{formatFigure('percent', row.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <TargetEditor stakeholders={stakeholders} />
      </section>

      <section className="card" aria-labelledby="stakeholder-metrics">
        <h2 id="stakeholder-metrics">{t('stakeholders.balanceHeading')}</h2>
        <table className="data-table metrics-table">
          <caption className="visually-hidden">{t('stakeholders.balanceCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stakeholders.figure')}</th>
              {figures.map((f) => (
                <th scope="col" key={f.framework.id}>
                  {f.framework.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('stakeholders.balanceIndex')}</th>
              {figures.map((f) => (
                <td key={f.framework.id} data-testid={`balance-${f.framework.id}`}>
                  {formatFigure('index', f.stakeholders.design.balanceIndex)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('stakeholders.breadth')}</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{t('stakeholders.breadthValue', { breadth: f.stakeholders.design.breadth })}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('stakeholders.beyondCustomer')}</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{formatFigure('percent', f.stakeholders.design.beyondCustomerShare)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('stakeholders.misalignment')}</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{formatFigure('percent', f.stakeholders.misalignment)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('stakeholders.blindSpots')}</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{f.stakeholders.blindSpots.length ? f.stakeholders.blindSpots.map(groupName).join(', ') : t('stakeholders.noBlindSpots')}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <h3>{t('stakeholders.findingsHeading')}</h3>
        <ul className="findings-sentences">
          {stakeholderFindings(figures, groupName).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="stakeholder-achieved">
        <h2 id="stakeholder-achieved">{t('stakeholders.achievedHeading')}</h2>
        <p className="field-hint">{t('stakeholders.achievedHint')}</p>
        <Legend series={achievedSeries} />
        <GroupedBars title={t('stakeholders.achievedChart')} categories={categories} series={achievedSeries} max={1} format={(v) => formatFigure('percent', v)} onSelect={drillGroup('achieved')} />
        <table className="data-table">
          <caption>{t('stakeholders.achievedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stakeholders.group')}</th>
              {efqm && <th scope="col">{efqm.name}</th>}
              {iso && <th scope="col">{iso.name}</th>}
            </tr>
          </thead>
          <tbody>
            {achieved.map((row) => (
              <tr key={row.group}>
                <th scope="row">{row.name}</th>
                {[row.efqm, row.iso].filter((_, i) => (i === 0 ? efqm : iso)).map((cell, i) => (
                  <td key={i}>
                    {cell?.score === null || !cell ? t('stakeholders.noAnswer') : formatFigure('percent', cell.score)}
                    <span className="field-hint"> {t('stakeholders.answered', { share: formatFigure('percent', cell?.answeredShare ?? 0) })}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  )
}
