import { allItems, findItem } from '../../domain/framework'
import { FINDING_LABELS, FINDING_TYPES } from '../../domain/iso-scoring'
import { formatNumber, formatPercent } from '../../domain/numbers'
import { band } from '../../domain/radar'
import { HorizontalBars } from '../../ui/charts/HorizontalBars'
import { LevelHeatmap, LEVEL_COLOURS } from '../../ui/charts/LevelHeatmap'
import { criterionBars, heatCells, itemValueText } from './chart-data'
import type { Drill } from './DrillDown'
import type { ResultsContext } from './use-results'

/** EFQM points and band, ISO readiness and maturity: unanswered items shown as such, never as zero. */
export function ScoresView({ context, onDrill }: { context: ResultsContext; onDrill: (drill: Drill) => void }) {
  const { results, efqm, iso } = context
  return (
    <>
      {efqm && results.efqm && (
        <section className="card" aria-labelledby="scores-efqm">
          <h2 id="scores-efqm">{efqm.name} {efqm.edition}</h2>
          <div className="figure-row">
            <div className="figure" data-testid="efqm-total">
              <span className="figure-label">Total</span>
              <span className="figure-value">{formatNumber(results.efqm.score.total, 0)}</span>
              <span className="figure-note">
                of {efqm.totalPoints} points
                {results.efqm.score.complete ? ` · ${results.efqm.score.band}` : ` · ${results.efqm.score.assessedPoints} points assessed so far`}
              </span>
            </div>
          </div>
          <h3>Criteria</h3>
          <HorizontalBars
            title={`${efqm.name} criteria, percent`}
            bars={criterionBars(results.efqm.score)}
            max={100}
            colour="#0072B2"
            onSelect={(id) => {
              const criterion = results.efqm!.score.criteria.find((c) => c.id === id)!
              const section = efqm.sections.find((s) => s.id === id)!
              onDrill({
                title: `Criterion ${id} ${section.title}`,
                explanation: criterion.explanation,
                items: section.items.map((item) => ({
                  frameworkId: efqm.id,
                  itemId: item.id,
                  label: `${item.id} ${item.title}`,
                  value: itemValueText(efqm, item.id, results.efqm!.score),
                  explanation: results.efqm!.score.parts[item.id]?.explanation ?? null,
                })),
              })
            }}
          />
          <details className="table-alternative">
            <summary>Parts as a table</summary>
            <table className="data-table">
              <caption>{efqm.name} parts</caption>
              <thead>
                <tr>
                  <th scope="col">Part</th>
                  <th scope="col">Score</th>
                  <th scope="col">Band</th>
                  <th scope="col">How</th>
                </tr>
              </thead>
              <tbody>
                {allItems(efqm).map((item) => {
                  const part = results.efqm!.score.parts[item.id]
                  return (
                    <tr key={item.id}>
                      <th scope="row">
                        {item.id} {item.title}
                      </th>
                      <td>{part ? part.score : 'not assessed'}</td>
                      <td>{part ? band(part.score) : '–'}</td>
                      <td>{part ? (part.overridden ? `agreed by the team (proposed ${part.proposed})` : 'median of the votes or agreed') : '–'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </details>
        </section>
      )}

      {iso && results.iso && (
        <section className="card" aria-labelledby="scores-iso">
          <h2 id="scores-iso">{iso.name} {iso.edition}</h2>
          <div className="figure-row">
            <div className="figure" data-testid="iso-readiness">
              <span className="figure-label">Readiness</span>
              <span className="figure-value">{results.iso.score.overall.readiness === null ? '–' : formatPercent(results.iso.score.overall.readiness, 0)}</span>
              <span className="figure-note">
                {results.iso.score.overall.conforming} of {results.iso.score.overall.assessed} applicable units conform
              </span>
            </div>
            <div className="figure" data-testid="iso-maturity">
              <span className="figure-label">Maturity index</span>
              <span className="figure-value">{results.iso.score.overall.maturityIndex === null ? '–' : formatNumber(results.iso.score.overall.maturityIndex, 0)}</span>
              <span className="figure-note">
                {results.iso.score.overall.unanswered} not assessed · {results.iso.score.overall.notApplicable} not applicable
              </span>
            </div>
          </div>
          <h3>Units by level</h3>
          <ul className="legend" aria-hidden="true">
            {LEVEL_COLOURS.map((colour, level) => (
              <li key={colour}>
                <span className="swatch" style={{ background: colour }} /> {level} {iso.maturityLevels?.[level]?.label}
              </li>
            ))}
          </ul>
          <LevelHeatmap
            title={`${iso.name} units by agreed level`}
            cells={heatCells(iso, results.iso.score)}
            onSelect={(id) => {
              const { item } = findItem(iso, id)
              onDrill({
                title: `${item.id} ${item.title}`,
                explanation: results.iso!.team[id]?.explanation ?? null,
                items: [{ frameworkId: iso.id, itemId: id, label: `${item.id} ${item.title}`, value: itemValueText(iso, id, undefined, results.iso!.score) }],
              })
            }}
          />
          <details className="table-alternative">
            <summary>Clauses as a table</summary>
            <table className="data-table">
              <caption>{iso.name} by clause</caption>
              <thead>
                <tr>
                  <th scope="col">Clause</th>
                  <th scope="col">Readiness</th>
                  <th scope="col">Maturity index</th>
                  <th scope="col">Assessed</th>
                </tr>
              </thead>
              <tbody>
                {results.iso.score.clauses.map((clause) => (
                  <tr key={clause.id}>
                    <th scope="row">
                      {clause.id} {clause.title}
                    </th>
                    <td>{clause.readiness === null ? 'not assessed' : formatPercent(clause.readiness, 0)}</td>
                    <td>{clause.maturityIndex === null ? '–' : formatNumber(clause.maturityIndex, 0)}</td>
                    <td>
                      {clause.assessed} of {clause.assessed + clause.unanswered + clause.notApplicable}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <h3>Findings</h3>
          {FINDING_TYPES.every((type) => results.iso!.score.findings[type] === 0) ? (
            <p className="field-hint">No findings recorded yet.</p>
          ) : (
            FINDING_TYPES.filter((type) => results.iso!.score.findings[type] > 0).map((type) => (
              <div key={type}>
                <h4>
                  {FINDING_LABELS[type]} ({results.iso!.score.findings[type]})
                </h4>
                <ul>
                  {allItems(iso)
                    .filter((item) => context.assessment.responses[iso.id]?.[item.id]?.finding === type)
                    .map((item) => (
                      <li key={item.id}>
                        {item.id} {item.title} — {itemValueText(iso, item.id, undefined, results.iso!.score)}
                      </li>
                    ))}
                </ul>
              </div>
            ))
          )}
        </section>
      )}
    </>
  )
}
