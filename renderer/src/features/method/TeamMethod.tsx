import { useTranslation } from 'react-i18next'
import type { Framework } from '../../../../common/domain/framework'
import { DISAGREEMENT_RANGE } from '../../../../common/domain/team'
import { ExplanationTree } from '../../ui/ExplanationTree'
import { teamExample } from './worked-examples'

export function TeamMethod({ framework }: { framework: Framework }) {
  const { t } = useTranslation('method')
  const example = teamExample(framework)
  return (
    <section className="card method-section" aria-labelledby="method-team">
      <h2 id="method-team">{t('team.heading')}</h2>
      <ul>
        <li>{t('team.scoreFirst')}</li>
        <li>{t('team.statistics')}</li>
        <li>{t('team.disagreement', { radar: DISAGREEMENT_RANGE.radar, maturity: DISAGREEMENT_RANGE.maturity })}</li>
        <li>{t('team.consensus')}</li>
        <li>{t('team.gap')}</li>
      </ul>
      <h3>{t('team.example')}</h3>
      {example.explanation && <ExplanationTree explanation={example.explanation} />}
    </section>
  )
}
