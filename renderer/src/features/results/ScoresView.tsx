import { useTranslation } from 'react-i18next'
import { allItems, findItem } from '../../../../common/domain/framework'
import { FINDING_TYPES, findingLabel } from '../../../../common/domain/iso-scoring'
import { formatFigure } from '../../../../common/domain/figures'
import { band, bandName } from '../../../../common/domain/radar'
import { HorizontalBars } from '../../ui/charts/HorizontalBars'
import { LevelHeatmap, LEVEL_COLOURS } from '../../ui/charts/LevelHeatmap'
import { explainItemScore } from '../../../../common/domain/item-explanation'
import { criterionBars, heatCells, itemValueText } from './chart-data'
import type { Drill } from './DrillDown'
import type { ResultsContext } from './use-results'
import { ownValue } from '../../../../common/domain/records'

/** EFQM points and band, ISO readiness and maturity: unanswered items shown as such, never as zero. */
export function ScoresView({ context, onDrill }: { context: ResultsContext; onDrill: (drill: Drill) => void }) {
  const { results, efqm, iso } = context
  const { t } = useTranslation('results')
  return (
    <>
      {efqm && results.efqm && (
        <section className="card" aria-labelledby="scores-efqm">
          <h2 id="scores-efqm">{efqm.name} {efqm.edition}</h2>
          <div className="figure-row">
            <div className="figure" data-testid="efqm-total">
              <span className="figure-label">{t('scores.total')}</span>
              <span className="figure-value">{formatFigure('points', results.efqm.score.total)}</span>
              <span className="figure-note">
                {results.efqm.score.complete && results.efqm.score.band
                  ? t('scores.ofPoints', { points: efqm.totalPoints, band: bandName(results.efqm.score.band) })
                  : t('scores.ofPointsSoFar', { points: efqm.totalPoints, assessed: results.efqm.score.assessedPoints })}
              </span>
            </div>
          </div>
          <h3>{t('scores.criteria')}</h3>
          <HorizontalBars
            title={t('scores.criteriaChart', { name: efqm.name })}
            bars={criterionBars(results.efqm.score)}
            max={100}
            tickFormat={(value) => formatFigure('percent', value / 100)}
            colour="#0072B2"
            onSelect={(id) => {
              const criterion = results.efqm!.score.criteria.find((c) => c.id === id)!
              const section = efqm.sections.find((s) => s.id === id)!
              onDrill({
                title: t('scores.criterionDrill', { id, title: section.title }),
                explanation: criterion.explanation,
                items: section.items.map((item) => ({
                  frameworkId: efqm.id,
                  itemId: item.id,
                  label: `${item.id} ${item.title}`,
                  value: itemValueText(efqm, item.id, results.efqm!.score),
                  explanation: explainItemScore(efqm, item.id, context.assessment),
                })),
              })
            }}
          />
          <details className="table-alternative">
            <summary>{t('scores.partsTable')}</summary>
            <table className="data-table">
              <caption>{t('scores.partsCaption', { name: efqm.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scores.part')}</th>
                  <th scope="col">{t('scores.score')}</th>
                  <th scope="col">{t('scores.band')}</th>
                  <th scope="col">{t('scores.how')}</th>
                </tr>
              </thead>
              <tbody>
                {allItems(efqm).map((item) => {
                  const part = ownValue(results.efqm!.score.parts, item.id)
                  return (
                    <tr key={item.id}>
                      <th scope="row">
                        {item.id} {item.title}
                      </th>
                      <td>{part ? formatFigure('radar', part.score) : t('ui.notAssessed')}</td>
                      <td>{part ? bandName(band(part.score)) : '–'}</td>
                      <td>{part ? (part.overridden ? t('scores.agreed', { proposed: formatFigure('radar', part.proposed) }) : t('scores.median')) : '–'}</td>
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
              <span className="figure-label">{t('scores.readiness')}</span>
              <span className="figure-value">{results.iso.score.overall.readiness === null ? '–' : formatFigure('percent', results.iso.score.overall.readiness)}</span>
              <span className="figure-note">
                {t('scores.unitsConform', { conforming: results.iso.score.overall.conforming, assessed: results.iso.score.overall.assessed })}
              </span>
            </div>
            <div className="figure" data-testid="iso-maturity">
              <span className="figure-label">{t('scores.maturityIndex')}</span>
              <span className="figure-value">{results.iso.score.overall.maturityIndex === null ? '–' : formatFigure('maturity', results.iso.score.overall.maturityIndex)}</span>
              <span className="figure-note">
                {t('scores.unitsOpen', { unanswered: results.iso.score.overall.unanswered, notApplicable: results.iso.score.overall.notApplicable })}
              </span>
            </div>
          </div>
          <h3>{t('scores.unitsByLevel')}</h3>
          <ul className="legend" aria-hidden="true">
            {LEVEL_COLOURS.map((colour, level) => (
              <li key={colour}>
                <span className="swatch" style={{ background: colour }} /> {level} {iso.maturityLevels?.[level]?.label}
              </li>
            ))}
          </ul>
          <LevelHeatmap
            title={t('scores.heatmapTitle', { name: iso.name })}
            cells={heatCells(iso, results.iso.score)}
            onSelect={(id) => {
              const { item } = findItem(iso, id)
              onDrill({
                title: `${item.id} ${item.title}`,
                explanation: explainItemScore(iso, id, context.assessment),
                items: [{ frameworkId: iso.id, itemId: id, label: `${item.id} ${item.title}`, value: itemValueText(iso, id, undefined, results.iso!.score) }],
              })
            }}
          />
          <details className="table-alternative">
            <summary>{t('scores.clausesTable')}</summary>
            <table className="data-table">
              <caption>{t('scores.clausesCaption', { name: iso.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scores.clause')}</th>
                  <th scope="col">{t('scores.readiness')}</th>
                  <th scope="col">{t('scores.maturityIndex')}</th>
                  <th scope="col">{t('scores.assessed')}</th>
                </tr>
              </thead>
              <tbody>
                {results.iso.score.clauses.map((clause) => (
                  <tr key={clause.id}>
                    <th scope="row">
                      {clause.id} {clause.title}
                    </th>
                    <td>{clause.readiness === null ? t('ui.notAssessed') : formatFigure('percent', clause.readiness)}</td>
                    <td>{clause.maturityIndex === null ? '–' : formatFigure('maturity', clause.maturityIndex)}</td>
                    <td>{t('scores.assessedOf', { assessed: clause.assessed, total: clause.assessed + clause.unanswered + clause.notApplicable })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <h3>{t('scores.findings')}</h3>
          {FINDING_TYPES.every((type) => results.iso!.score.findings[type] === 0) ? (
            <p className="field-hint">{t('scores.noFindings')}</p>
          ) : (
            FINDING_TYPES.filter((type) => results.iso!.score.findings[type] > 0).map((type) => (
              <div key={type}>
                <h4>
                  {findingLabel(type)} ({results.iso!.score.findings[type]})
                </h4>
                <ul>
                  {allItems(iso)
                    .filter((item) => ownValue(ownValue(context.assessment.responses, iso.id), item.id)?.finding === type)
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
