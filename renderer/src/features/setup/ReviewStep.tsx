import type { ReactNode } from 'react'
import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import { frameworkLabel } from '../../domain/framework'
import type { Catalogue } from '../../frameworks/catalogue'
import { SECTOR_LABELS, SIZE_LABELS } from './OrganisationStep'
import { ROLE_LABELS } from './ParticipantsStep'
import { formatDay } from './format-day'
import { GroupShareTable } from './GroupShareTable'
import { STEP_TITLES, type StepId, type WeightedSection } from './setup-steps'
import { targetPercentages } from './TargetStep'
import { stakeholderGroupsOf, weightPercentages } from './weight-groups'

const missing = <span className="setup-missing">Not given yet</span>

function Summary(props: { step: StepId; onEdit: (step: StepId) => void; children: ReactNode }) {
  const headingId = `setup-review-${props.step}`
  return (
    <section className="setup-summary" aria-labelledby={headingId}>
      <div className="setup-summary-header">
        <h3 id={headingId}>{STEP_TITLES[props.step]}</h3>
        <button type="button" className="quiet setup-edit" aria-label={`Edit ${STEP_TITLES[props.step].toLowerCase()}`} onClick={() => props.onEdit(props.step)}>
          Edit
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
  const organisation = assessment.organisation
  const frameworks = catalogue.frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
  const targetSource = catalogue.stakeholders.targets.find((target) => target.id === assessment.targetSource)

  return (
    <>
      <Summary step="organisation" onEdit={props.onEdit}>
        <dl className="facts setup-facts">
          <dt>Name</dt>
          <dd>{organisation.name.trim() || missing}</dd>
          <dt>Sector</dt>
          <dd>{SECTOR_LABELS[organisation.sector]}</dd>
          <dt>Size</dt>
          <dd>{organisation.size ? SIZE_LABELS[organisation.size] : 'Not stated'}</dd>
          <dt>Scope</dt>
          <dd className="setup-scope">{organisation.scope.trim() || missing}</dd>
          <dt>Date</dt>
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
                {participant.name.trim()} <span className="tag">{ROLE_LABELS[participant.role]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{missing}</p>
        )}
      </Summary>

      <Summary step="target" onEdit={props.onEdit}>
        <p>{assessment.targetSource === 'custom' || !targetSource ? 'Your own target profile' : `The ${targetSource.name.toLowerCase()} defaults`}</p>
        <GroupShareTable
          caption="Target share of attention"
          stakeholders={catalogue.stakeholders}
          percentages={targetPercentages(assessment)}
        />
      </Summary>

      {props.sections.length > 0 && (
        <Summary step="weights" onEdit={props.onEdit}>
          {props.sections.map(({ section }) => (
            <GroupShareTable
              key={section.id}
              caption={`Criterion ${section.id} ${section.title}${assessment.stakeholderWeights[section.id] ? '' : ' (equal, the default)'}`}
              stakeholders={catalogue.stakeholders}
              percentages={weightPercentages(section, assessment.stakeholderWeights[section.id])}
              groups={stakeholderGroupsOf(section)}
            />
          ))}
        </Summary>
      )}

      {props.incomplete.length > 0 && (
        <p className="field-hint">Still to complete: {props.incomplete.map((step) => STEP_TITLES[step]).join(', ')}.</p>
      )}
      <div className="setup-start">
        <button type="button" className="primary" onClick={props.onStart}>
          {assessment.setupComplete ? 'Back to the questionnaire' : 'Start the assessment'}
        </button>
      </div>
    </>
  )
}
