import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import { allItems, type Framework, type Section } from '../../domain/framework'
import type { Participant } from '../../domain/team'
import { teamSummary } from '../../domain/workshop-input'
import type { ItemFilter } from '../../store/questionnaire-store'

export interface ItemStatus {
  votes: number
  /** Has a vote or an agreed consensus. */
  answered: boolean
  /** Everyone has voted, or the team has agreed. */
  complete: boolean
  disagreement: boolean
  flagged: boolean
  agreed: boolean
}

export function itemStatuses(framework: Framework, assessment: Assessment): Map<string, ItemStatus> {
  const participants = assessment.participants as Participant[]
  const responses = assessment.responses[framework.id] ?? {}
  return new Map(
    allItems(framework).map((item) => {
      const response = responses[item.id]
      const summary = teamSummary(framework, item.id, response, participants)
      const votes = summary.scores.length + summary.notApplicable.length
      const agreed = response?.consensus !== undefined
      return [
        item.id,
        {
          votes,
          answered: votes > 0 || agreed,
          complete: agreed || (participants.length > 0 && votes >= participants.length),
          disagreement: summary.disagreement,
          flagged: response?.flagged ?? false,
          agreed,
        },
      ]
    }),
  )
}

export function matchesFilters(status: ItemStatus | undefined, filters: readonly ItemFilter[]): boolean {
  if (!status) return filters.length === 0
  return filters.every((filter) => (filter === 'unanswered' ? !status.answered : filter === 'disagreement' ? status.disagreement : status.flagged))
}

export function sectionProgress(section: Section, statuses: Map<string, ItemStatus>) {
  const done = section.items.filter((item) => statuses.get(item.id)?.complete).length
  return { done, total: section.items.length }
}
