import i18next from 'i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Section } from '../../../../common/domain/framework'
import type { Catalogue } from '../../frameworks/catalogue'

export type StepId = 'organisation' | 'frameworks' | 'participants' | 'target' | 'weights' | 'review'

export const stepTitle = (step: StepId) => i18next.t(`setup:steps.${step}`)

export interface WeightedSection {
  frameworkName: string
  section: Section
}

/** Criteria whose parts each belong to one stakeholder group (EFQM 3 and 6), in the chosen frameworks. */
export function weightedSections(assessment: Assessment, catalogue: Catalogue): WeightedSection[] {
  return catalogue.frameworks
    .filter((framework) => assessment.frameworks.includes(framework.id))
    .flatMap((framework) =>
      framework.sections.filter((section) => section.stakeholderWeighting).map((section) => ({ frameworkName: framework.name, section })),
    )
}

/** The weights step only exists when a chosen framework has stakeholder-weighted criteria. */
export function stepsFor(assessment: Assessment, catalogue: Catalogue): StepId[] {
  const steps: StepId[] = ['organisation', 'frameworks', 'participants', 'target']
  if (weightedSections(assessment, catalogue).length > 0) steps.push('weights')
  steps.push('review')
  return steps
}
