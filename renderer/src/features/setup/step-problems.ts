import i18next from 'i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { validateGroupWeights, type GroupId } from '../../../../common/domain/stakeholders'
import type { Catalogue } from '../../frameworks/catalogue'
import { participantRows, type PercentTexts, type SetupDrafts } from './setup-drafts'
import { weightedSections, type StepId } from './setup-steps'
import { checkPercentages, validateFrameworks, validateOrganisation, validateParticipants } from './setup-validation'
import { stakeholderGroupsOf } from './weight-groups'
import { ownValue } from '../../../../common/domain/records'

/** Messages by field key (see field-ids.ts); an empty record means the step is complete. */
export type Problems = Record<string, string>

export interface ProblemInput {
  assessment: Assessment
  drafts: SetupDrafts
  catalogue: Catalogue
}

export function stepProblems(step: StepId, input: ProblemInput): Problems {
  switch (step) {
    case 'organisation':
      return { ...validateOrganisation(input.assessment.organisation) }
    case 'frameworks': {
      const message = validateFrameworks(input.assessment.frameworks, input.catalogue.frameworks.map((f) => f.id))
      return message ? { frameworks: message } : {}
    }
    case 'participants':
      return participantProblems(input)
    case 'target':
      return targetProblems(input)
    case 'weights':
      return weightProblems(input)
    case 'review':
      return {}
  }
}

export const hasProblems = (step: StepId, input: ProblemInput) => Object.keys(stepProblems(step, input)).length > 0

function participantProblems({ assessment, drafts }: ProblemInput): Problems {
  const rows = participantRows(assessment, drafts)
  const listed = rows.filter((row) => row.listed)
  const blank = rows.find((row) => !row.listed)
  // A blank row added last is ignored (it is dropped on Next) unless nobody has been named yet.
  const messages = validateParticipants(listed)
  const problems: Problems = {}
  for (const [id, message] of Object.entries(messages.rows)) problems[`participant:${id}`] = message
  if (listed.length === 0 && blank) problems[`participant:${blank.id}`] = i18next.t('setup:validation.firstParticipantMissing')
  else if (messages.list) problems.participants = messages.list
  return problems
}

function percentProblems(prefix: string, texts: PercentTexts): Problems {
  const check = checkPercentages(texts as Record<GroupId, string>)
  const problems: Problems = {}
  for (const [group, message] of Object.entries(check.fields)) problems[`${prefix}:${group}`] = message as string
  if (check.total) problems[prefix] = check.total
  return problems
}

function targetProblems({ assessment, drafts }: ProblemInput): Problems {
  if (drafts.target) return percentProblems('target', drafts.target)
  try {
    validateGroupWeights(assessment.target, () => i18next.t('setup:target.subject'))
    return {}
  } catch (error) {
    return { target: (error as Error).message }
  }
}

function weightProblems({ assessment, drafts, catalogue }: ProblemInput): Problems {
  const problems: Problems = {}
  for (const { section } of weightedSections(assessment, catalogue)) {
    const texts = ownValue(drafts.weights, section.id)
    if (texts) Object.assign(problems, percentProblems(`weights:${section.id}`, texts))
    const stored = ownValue(assessment.stakeholderWeights, section.id)
    if (!texts && stored && !stakeholderGroupsOf(section).some((group) => stored[group] > 0)) {
      problems[`weights:${section.id}`] = i18next.t('setup:validation.noGroupShare', { id: section.id })
    }
  }
  return problems
}
