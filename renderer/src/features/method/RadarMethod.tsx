import { useTranslation } from 'react-i18next'
import type { Framework } from '../../../../common/domain/framework'
import { bandName, BANDS } from '../../../../common/domain/radar'
import { RADAR_STEP } from '../../../../common/domain/ratings'
import { ExplanationTree } from '../../ui/ExplanationTree'
import { radarExample } from './worked-examples'

export function RadarMethod({ framework }: { framework: Framework }) {
  const { t } = useTranslation('method')
  const example = radarExample(framework)
  const bands = [...BANDS].reverse()
  const weightedCriteria = framework.sections
    .filter((s) => s.stakeholderWeighting)
    .map((s) => t('radar.criterionRef', { id: s.id }))
    .reduce((list, item) => (list ? t('radar.listAnd', { list, item }) : item), '')
  return (
    <section className="card method-section" aria-labelledby="method-radar">
      <h2 id="method-radar">{t('radar.heading', { name: framework.name, edition: framework.edition })}</h2>
      <ol>
        <li>{t('radar.attributes', { step: RADAR_STEP })}</li>
        <li>{t('radar.element')}</li>
        <li>{t('radar.part', { step: RADAR_STEP })}</li>
        <li>{t('radar.override')}</li>
        <li>{t('radar.criterion', { criteria: weightedCriteria })}</li>
        <li>{t('radar.total', { total: framework.totalPoints })}</li>
      </ol>
      <div className="two-columns">
        {(['enabler', 'results'] as const).map((set) => (
          <div key={set}>
            <h3>{t(set === 'enabler' ? 'radar.enabler' : 'radar.results')}</h3>
            <ul>
              {framework.radar?.[set].map((element) => (
                <li key={element.id}>
                  <strong>{element.name}</strong>: {element.attributes.map((a) => a.name).join(', ')}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h3>{t('radar.bands')}</h3>
      <table className="data-table">
        <caption className="visually-hidden">{t('radar.bandsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('radar.from')}</th>
            <th scope="col">{t('radar.band')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.label}>
              <td>{b.from}</td>
              <td>{bandName(b.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{t('radar.between')}</p>
      <h3>{t('workedExample')}</h3>
      <ExplanationTree explanation={example.explanation!} />
    </section>
  )
}
