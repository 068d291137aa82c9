import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Section } from '../../../../common/domain/framework'
import type { GroupId, StakeholderCatalogue } from '../../../../common/domain/stakeholders'
import { useDocument } from '../../store/document-store'
import { PercentageFields } from './PercentageFields'
import type { PercentTexts } from './setup-drafts'
import type { WeightedSection } from './setup-steps'
import { checkPercentages } from './setup-validation'
import type { Problems } from './step-problems'
import { partOf, percentTexts, stakeholderGroupsOf, toGroupVector, weightPercentages } from './weight-groups'
import { ownValue } from '../../../../common/domain/records'

export function StakeholderWeightsStep(props: {
  assessment: Assessment
  sections: WeightedSection[]
  stakeholders: StakeholderCatalogue
  drafts: Record<string, PercentTexts>
  setDraft: (sectionId: string, draft: PercentTexts | null) => void
  problems: Problems
}) {
  const { t } = useTranslation('setup')
  const several = new Set(props.sections.map((s) => s.frameworkName)).size > 1
  return (
    <>
      <p className="setup-intro">
        {t('weights.intro')}
      </p>
      {props.sections.map(({ frameworkName, section }) => (
        <CriterionWeights
          key={section.id}
          title={
            several
              ? t('criterion.titleInFramework', { framework: frameworkName, id: section.id, title: section.title })
              : t('criterion.title', { id: section.id, title: section.title })
          }
          section={section}
          {...props}
        />
      ))}
    </>
  )
}

function CriterionWeights(props: {
  title: string
  section: Section
  assessment: Assessment
  stakeholders: StakeholderCatalogue
  drafts: Record<string, PercentTexts>
  setDraft: (sectionId: string, draft: PercentTexts | null) => void
  problems: Problems
}) {
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation('setup')
  const { section, stakeholders } = props
  const stored = ownValue(props.assessment.stakeholderWeights, section.id)
  const draft = ownValue(props.drafts, section.id)
  const values = draft ?? percentTexts(weightPercentages(section, stored))

  function onChange(group: GroupId, text: string) {
    const next = { ...values, [group]: text }
    const valid = checkPercentages(next as Record<GroupId, string>).valid
    if (!valid) return props.setDraft(section.id, next)
    edit((a) => ({ ...a, stakeholderWeights: { ...a.stakeholderWeights, [section.id]: toGroupVector(valid) } }), {
      coalesce: `setup:weights:${section.id}`,
    })
    props.setDraft(section.id, null)
  }

  // Equal is what the engine assumes when nothing is stored, so resetting removes the entry.
  function reset() {
    edit((a) => {
      const { [section.id]: _removed, ...rest } = a.stakeholderWeights
      return { ...a, stakeholderWeights: rest }
    })
    props.setDraft(section.id, null)
  }

  return (
    <section className="setup-criterion" aria-labelledby={`setup-criterion-${section.id}`}>
      <h3 id={`setup-criterion-${section.id}`}>{props.title}</h3>
      <PercentageFields
        field={`weights:${section.id}`}
        legend={t('weights.legend', { id: section.id })}
        rows={stakeholderGroupsOf(section).map((group) => {
          const found = stakeholders.groups.find((g) => g.id === group)
          return { group, label: t('weights.partLabel', { part: partOf(section, group), group: found?.name ?? group }), colour: found?.colour ?? 'transparent' }
        })}
        values={values}
        problems={props.problems}
        onChange={onChange}
      />
      <button type="button" onClick={reset} disabled={!stored && !draft}>
        {t('weights.reset', { id: section.id })}
      </button>
    </section>
  )
}
