import { formatNumber, formatPercent } from '../../domain/numbers'
import { stakeholderFindings, type FrameworkFigures } from '../../domain/stakeholder-findings'
import type { GroupId } from '../../domain/stakeholders'
import { GroupedBars, Legend, type Series } from '../../ui/charts/GroupedBars'
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
    ...(efqm ? [{ id: 'efqm', label: `${efqm.name}: design focus`, colour: EFQM_COLOUR, values: rows.map((r) => r.efqm) }] : []),
    ...(iso ? [{ id: 'iso', label: `${iso.name}: design focus`, colour: ISO_COLOUR, values: rows.map((r) => r.iso) }] : []),
    { id: 'target', label: 'Your target profile', colour: TARGET_COLOUR, outline: true, values: rows.map((r) => r.target) },
  ]
  const achievedSeries: Series[] = [
    ...(efqm ? [{ id: 'efqm', label: `${efqm.name}: your answers`, colour: EFQM_COLOUR, values: achieved.map((r) => r.efqm?.score ?? null) }] : []),
    ...(iso ? [{ id: 'iso', label: `${iso.name}: your answers`, colour: ISO_COLOUR, values: achieved.map((r) => r.iso?.score ?? null) }] : []),
  ]

  const drillGroup = (title: string) => (group: string, series: string) => {
    const framework = series === 'efqm' ? efqm : iso
    const figure = series === 'efqm' ? results.efqm : results.iso
    if (!framework || !figure) return
    const g = group as GroupId
    onDrill({
      title: `${framework.name}: ${groupName(g)} (${title})`,
      explanation: title === 'design focus' ? figure.design.explanation : figure.achieved[g].explanation,
      items: itemsForGroup(framework, g, results.efqm?.score, results.iso?.score),
    })
  }

  return (
    <>
      <section className="card" aria-labelledby="stakeholder-focus">
        <h2 id="stakeholder-focus">Where each framework puts its attention</h2>
        <p className="field-hint">
          Share of each framework’s stakeholder attention by group (its design, from the item relevance in the framework files), beside the target profile
          you set. Select a bar to see the items behind it.
        </p>
        <Legend series={focusSeries} />
        <GroupedBars title="Design focus by stakeholder group" categories={categories} series={focusSeries} max={Math.max(0.6, ...rows.flatMap((r) => [r.efqm ?? 0, r.iso ?? 0, r.target]))} format={(v) => formatPercent(v, 1)} onSelect={drillGroup('design focus')} />
        <details className="table-alternative">
          <summary>Design focus as a table</summary>
          <table className="data-table">
            <caption>Design focus by stakeholder group</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                {efqm && <th scope="col">{efqm.name}</th>}
                {iso && <th scope="col">{iso.name}</th>}
                <th scope="col">Target</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{row.name}</th>
                  {efqm && <td>{formatPercent(row.efqm!)}</td>}
                  {iso && <td>{formatPercent(row.iso!)}</td>}
                  <td>{formatPercent(row.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <TargetEditor stakeholders={stakeholders} />
      </section>

      <section className="card" aria-labelledby="stakeholder-metrics">
        <h2 id="stakeholder-metrics">Balance and blind spots</h2>
        <table className="data-table metrics-table">
          <caption className="visually-hidden">Balance figures by framework</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {figures.map((f) => (
                <th scope="col" key={f.framework.id}>
                  {f.framework.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Balance index (1 = even)</th>
              {figures.map((f) => (
                <td key={f.framework.id} data-testid={`balance-${f.framework.id}`}>
                  {formatNumber(f.stakeholders.design.balanceIndex, 3)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Breadth (groups with ≥ 5 %)</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{f.stakeholders.design.breadth} of 6</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Beyond-customer share</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{formatPercent(f.stakeholders.design.beyondCustomerShare)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Misalignment with your target</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{formatPercent(f.stakeholders.misalignment)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Blind spots</th>
              {figures.map((f) => (
                <td key={f.framework.id}>{f.stakeholders.blindSpots.length ? f.stakeholders.blindSpots.map(groupName).join(', ') : 'none'}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <h3>What the numbers say</h3>
        <ul className="findings-sentences">
          {stakeholderFindings(figures, groupName).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="stakeholder-achieved">
        <h2 id="stakeholder-achieved">How well you do for each group</h2>
        <p className="field-hint">Your agreed scores, weighted by how much each item concerns the group (RADAR % or ISO level ÷ 5). Unanswered items are left out; the table says how much of each group’s weight is answered.</p>
        <Legend series={achievedSeries} />
        <GroupedBars title="Achieved score by stakeholder group" categories={categories} series={achievedSeries} max={1} format={(v) => formatPercent(v, 0)} onSelect={drillGroup('achieved')} />
        <table className="data-table">
          <caption>Achieved score and answered share by group</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
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
                    {cell?.score === null || !cell ? 'no answer yet' : formatPercent(cell.score)}
                    <span className="field-hint"> · {formatPercent(cell?.answeredShare ?? 0, 0)} answered</span>
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
