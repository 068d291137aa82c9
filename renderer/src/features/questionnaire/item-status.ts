import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { ItemCount, ItemState } from '../../../../common/domain/counting'
import { allItems, type Framework, type Section } from '../../../../common/domain/framework'
import { countAssessmentItem } from '../../../../common/domain/workshop-input'
import type { ItemFilter } from '../../store/questionnaire-store'
import { ownValue } from '../../../../common/domain/records'

export interface ItemStatus {
  votes: number
  /** Under the counting rule: counted, in progress (some votes, not enough) or open. */
  state: ItemState
  /** Counts towards the scores: what the navigation calls complete. */
  complete: boolean
  count: ItemCount
  disagreement: boolean
  flagged: boolean
  agreed: boolean
}

export function itemStatuses(framework: Framework, assessment: Assessment): Map<string, ItemStatus> {
  const responses = ownValue(assessment.responses, framework.id) ?? {}
  return new Map(
    allItems(framework).map((item) => {
      const response = ownValue(responses, item.id)
      const { summary, count } = countAssessmentItem(framework, item.id, assessment)
      return [
        item.id,
        {
          votes: count.votes,
          state: count.state,
          complete: count.state === 'counted',
          count,
          disagreement: summary.disagreement,
          flagged: response?.flagged ?? false,
          agreed: response?.consensus !== undefined,
        },
      ]
    }),
  )
}

export function matchesFilters(status: ItemStatus | undefined, filters: readonly ItemFilter[]): boolean {
  if (!status) return filters.length === 0
  return filters.every((filter) => (filter === 'not-counted' ? status.state !== 'counted' : filter === 'disagreement' ? status.disagreement : status.flagged))
}

export function sectionProgress(section: Section, statuses: Map<string, ItemStatus>) {
  const done = section.items.filter((item) => statuses.get(item.id)?.complete).length
  return { done, total: section.items.length }
}
