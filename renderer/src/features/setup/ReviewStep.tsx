import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { frameworkLabel } from '../../../../common/domain/framework'
import type { Catalogue } from '../../frameworks/catalogue'
import { roleLabel, sectorLabel, sizeLabel } from '../../i18n/vocabulary'
import { formatDay } from './format-day'
import { GroupShareTable } from './GroupShareTable'
import { stepTitle, type StepId, type WeightedSection } from './setup-steps'
import { targetPercentages } from './TargetStep'
import { stakeholderGroupsOf, weightPercentages } from './weight-groups'
import { ownValue } from '../../../../common/domain/records'

type SummaryStep = Exclude<StepId, 'review'>

function Summary(props: { step: SummaryStep; onEdit: (step: StepId) => void; children: ReactNode }) {
  const { t } = useTranslation(['setup', 'common'])
  const headingId = `setup-review-${props.step}`
  return (
    <section className="setup-summary" aria-labelledby={headingId}>
      <div className="setup-summary-header">
        <h3 id={headingId}>{stepTitle(props.step)}</h3>
        <button type="button" className="quiet setup-edit" aria-label={t(`review.editStep.${props.step}`)} onClick={() => props.onEdit(props.step)}>
          {t('common:edit')}
        </button>
      </div>
      {props.children}
    </section>
  )
}

export function ReviewStep(props: {
  assessment: Assessment
  catalogue: Catalogue
  sections: WeightedSection[]
  incomplete: StepId[]
  onEdit: (step: StepId) => void
  onStart: () => void
}) {
  const { assessment, catalogue } = props
  const { t } = useTranslation('setup')
  const missing = <span className="setup-missing">{t('review.notGiven')}</span>
  const organisation = assessment.organisation
  const frameworks = catalogue.frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
  const targetSource = catalogue.stakeholders.targets.find((target) => target.id === assessment.targetSource)

  return (
    <>
      <Summary step="organisation" onEdit={props.onEdit}>
        <dl className="facts setup-facts">
          <dt>{t('review.name')}</dt>
          <dd>{organisation.name.trim() || missing}</dd>
          <dt>{t('review.sector')}</dt>
          <dd>{sectorLabel(organisation.sector)}</dd>
          <dt>{t('review.size')}</dt>
          <dd>{sizeLabel(organisation.size)}</dd>
          <dt>{t('review.scope')}</dt>
          <dd className="setup-scope">{organisation.scope.trim() || missing}</dd>
          <dt>{t('review.date')}</dt>
          <dd>{formatDay(organisation.date) ?? missing}</dd>
        </dl>
      </Summary>

      <Summary step="frameworks" onEdit={props.onEdit}>
        {frameworks.length > 0 ? (
          <ul>
            {frameworks.map((framework) => (
              <li key={framework.id}>{frameworkLabel(framework)}</li>
            ))}
          </ul>
        ) : (
          <p>{missing}</p>
        )}
      </Summary>

      <Summary step="participants" onEdit={props.onEdit}>
        {assessment.participants.length > 0 ? (
          <ul>
            {assessment.participants.map((participant) => (
              <li key={participant.id}>
                {participant.name.trim()} <span className="tag">{roleLabel(participant.role)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{missing}</p>
        )}
      </Summary>

      <Summary step="target" onEdit={props.onEdit}>
        <p>
          {assessment.targetSource === 'custom' || !targetSource
            ? t('review.ownProfile')
            : t('review.sectorDefaults', { name: targetSource.name.toLowerCase() })}
        </p>
        <GroupShareTable
          caption={t('review.targetCaption')}
          stakeholders={catalogue.stakeholders}
          percentages={targetPercentages(assessment)}
        />
      </Summary>

      {props.sections.length > 0 && (
        <Summary step="weights" onEdit={props.onEdit}>
          {props.sections.map(({ section }) => (
            <GroupShareTable
              key={section.id}
              caption={t(ownValue(assessment.stakeholderWeights, section.id) ? 'criterion.title' : 'criterion.titleEqual', { id: section.id, title: section.title })}
              stakeholders={catalogue.stakeholders}
              percentages={weightPercentages(section, ownValue(assessment.stakeholderWeights, section.id))}
              groups={stakeholderGroupsOf(section)}
            />
          ))}
        </Summary>
      )}

      {props.incomplete.length > 0 && (
        <p className="field-hint">{t('review.stillToComplete', { steps: props.incomplete.map(stepTitle).join(', ') })}</p>
      )}
      <div className="setup-start">
        <button type="button" className="primary" onClick={props.onStart}>
          {assessment.setupComplete ? t('review.backToQuestionnaire') : t('review.start')}
        </button>
      </div>
    </>
  )
}
