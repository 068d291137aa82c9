import { useTranslation } from 'react-i18next'
import type { Framework } from '../../../../common/domain/framework'
import { CONFORMING_LEVEL, findingLabel, FINDING_TYPES } from '../../../../common/domain/iso-scoring'
import { ExplanationTree } from '../../ui/ExplanationTree'
import { isoExample } from './worked-examples'

export function IsoMethod({ framework }: { framework: Framework }) {
  const { t } = useTranslation('method')
  const example = isoExample(framework)
  return (
    <section className="card method-section" aria-labelledby="method-iso">
      <h2 id="method-iso">{t('iso.heading', { name: framework.name, edition: framework.edition })}</h2>
      <p>{t('iso.scale')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('iso.levelsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('iso.level')}</th>
            <th scope="col">{t('iso.label')}</th>
            <th scope="col">{t('iso.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {framework.maturityLevels?.map((level) => (
            <tr key={level.level}>
              <td>{level.level}</td>
              <td>{level.label}</td>
              <td>{level.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        <li>{t('iso.conforms', { level: CONFORMING_LEVEL })}</li>
        <li>{t('iso.readiness')}</li>
        <li>{t('iso.maturity')}</li>
        <li>{t('iso.leftOut')}</li>
        <li>{t('iso.findings', { types: FINDING_TYPES.map((type) => findingLabel(type).toLowerCase()).join(', ') })}</li>
      </ul>
      <h3>{t('workedExample')}</h3>
      <ExplanationTree explanation={example.explanation} />
    </section>
  )
}
