import type { Assessment } from '../../../../common/contract/assessment-schema'
import { ownValue } from '../../../../common/domain/records'

/** Items of a framework that already hold something (ratings, notes, consensus…). */
export function answeredItemCount(assessment: Assessment, frameworkId: string): number {
  return Object.keys(ownValue(assessment.responses, frameworkId) ?? {}).length
}

/** Ratings one participant has given, across every framework. */
export function ratingCount(assessment: Assessment, participantId: string): number {
  let count = 0
  for (const items of Object.values(assessment.responses)) {
    for (const response of Object.values(items)) if (Object.hasOwn(response.ratings, participantId)) count += 1
  }
  return count
}
