import { Trans, useTranslation } from 'react-i18next'
import { BREADTH_THRESHOLD, designCoverage } from '../../../../common/domain/coverage'
import type { Framework } from '../../../../common/domain/framework'
import { formatFigure } from '../../../../common/domain/figures'
import type { StakeholderCatalogue } from '../../../../common/domain/stakeholders'

export function CoverageMethod({ frameworks, stakeholders }: { frameworks: Framework[]; stakeholders: StakeholderCatalogue }) {
  const { t } = useTranslation('method')
  const designs = frameworks.map((framework) => ({ framework, design: designCoverage(framework) }))
  return (
    <section className="card method-section" aria-labelledby="method-coverage">
      <h2 id="method-coverage">{t('coverage.heading')}</h2>
      <p>{t('coverage.vector')}</p>
      <ul className="formulas">
        {(['weight', 'design', 'focus', 'breadth', 'balance', 'achieved', 'misalignment'] as const).map((formula) => (
          <li key={formula}>
            <Trans t={t} i18nKey={`coverage.${formula}`} values={{ threshold: BREADTH_THRESHOLD * 100 }} components={{ strong: <strong /> }} />
          </li>
        ))}
      </ul>

      <h3>{t('coverage.designHeading')}</h3>
      <table className="data-table">
        <caption className="visually-hidden">{t('coverage.focusCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.group')}</th>
            {designs.map(({ framework }) => (
              <th scope="col" key={framework.id}>
                {framework.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">
                <span className="swatch" style={{ background: group.colour }} aria-hidden="true" />
                {group.name}
              </th>
              {designs.map(({ framework, design }) => (
                <td key={framework.id}>{formatFigure('percent', design.focus[group.id])}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('coverage.internal')}</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{formatFigure('percent', design.coverage.internal)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('coverage.beyondCustomer')}</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{formatFigure('percent', design.beyondCustomerShare)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('coverage.breadthRow')}</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{t('coverage.breadthValue', { breadth: design.breadth })}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('coverage.balanceRow')}</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{formatFigure('index', design.balanceIndex)}</td>
            ))}
          </tr>
        </tbody>
      </table>

      <h3>{t('coverage.targetsHeading')}</h3>
      <p className="field-hint">{t('coverage.targetsHint')}</p>
      <table className="data-table">
        <caption className="visually-hidden">{t('coverage.targetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.profile')}</th>
            {stakeholders.groups.map((group) => (
              <th scope="col" key={group.id}>
                {group.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.targets.map((target) => (
            <tr key={target.id}>
              <th scope="row">{target.name}</th>
              {stakeholders.groups.map((group) => (
                <td key={group.id}>{formatFigure('percent', target.weights[group.id])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
