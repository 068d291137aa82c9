import { useTranslation } from 'react-i18next'
import { findItem, type Framework } from '../../../../common/domain/framework'
import { selectHighlights } from '../../../../common/domain/highlights'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { itemValueText } from './chart-data'
import type { ResultsContext } from './use-results'

/** The report's "top strengths and gaps", on screen: the same selection (domain/highlights.ts), so the two can be compared. */
export function SummaryCard({ context }: { context: ResultsContext }) {
  const { t } = useTranslation('results')
  const goToItem = useQuestionnaire((s) => s.goToItem)
  const { results } = context
  const frameworks = [context.efqm, context.iso].filter((f): f is Framework => f !== undefined)
  if (frameworks.length === 0) return null
  const score = { efqm: results.efqm?.score, iso: results.iso?.score }

  const list = (framework: Framework, ids: string[], empty: string | null, label: string) =>
    ids.length === 0 ? (
      <p className="field-hint">{empty}</p>
    ) : (
      <ol aria-label={label}>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="quiet summary-item" onClick={() => goToItem(framework.id, id)}>
              <span className="summary-item-title">
                {id} {findItem(framework, id).item.title}
              </span>
              <span className="summary-item-value">{itemValueText(framework, id, score.efqm, score.iso)}</span>
            </button>
          </li>
        ))}
      </ol>
    )

  return (
    <section className="card summary-card" aria-labelledby="summary-card">
      <h2 id="summary-card">{t('summary.heading')}</h2>
      <p className="field-hint">{t('summary.note')}</p>
      <div className="summary-frameworks">
        {frameworks.map((framework) => {
          const chosen = selectHighlights(framework, score)
          return (
            <div key={framework.id} className="summary-framework">
              <h3>{framework.name}</h3>
              <div className="summary-columns">
                <div>
                  <h4>{t('summary.strengths')}</h4>
                  {list(framework, chosen.strengths, chosen.strengthsEmpty, t('summary.strengthsOf', { framework: framework.name }))}
                </div>
                <div>
                  <h4>{t('summary.gaps')}</h4>
                  {list(framework, chosen.gaps, chosen.gapsEmpty, t('summary.gapsOf', { framework: framework.name }))}
                </div>
              </div>
            </div>
          )
        })}
      </div>
    </section>
  )
}
