import i18next from 'i18next'
import type { Assessment, StoredRating } from '../../../../common/contract/assessment-schema'
import { allItems, type Framework } from '../../../../common/domain/framework'

/** A rating as people say it in the room: "Level 3", "55", "Not applicable". */
export function ratingText(rating: StoredRating): string {
  switch (rating.kind) {
    case 'level':
      return i18next.t('participants:rating.level', { level: rating.level })
    case 'not-applicable':
      return i18next.t('participants:rating.notApplicable')
    case 'quick':
      return String(rating.score)
    case 'radar':
      return i18next.t('participants:rating.radar')
  }
}

/** What tells two ratings of the same kind apart: the attribute scores, or the justification. */
export function ratingDetail(rating: StoredRating): string | null {
  if (rating.kind === 'radar') {
    const parts = Object.entries(rating.attributes).map(([attribute, score]) => `${attribute} ${score}`)
    return parts.length > 0 ? parts.join(', ') : i18next.t('participants:rating.noAttributes')
  }
  if (rating.kind === 'not-applicable') return rating.justification
  return null
}

/** "4.1 Organisation and its context", with the framework named when the assessment uses several. */
export function itemLabel(assessment: Assessment, frameworks: readonly Framework[] | undefined, frameworkId: string, itemId: string): string {
  const framework = frameworks?.find((f) => f.id === frameworkId)
  const item = framework ? allItems(framework).find((i) => i.id === itemId) : undefined
  const label = item ? `${item.id} ${item.title}` : itemId
  if (assessment.frameworks.length <= 1) return label
  return `${framework ? framework.name : frameworkId}: ${label}`
}

export function participantName(assessment: Assessment, participantId: string): string {
  return assessment.participants.find((p) => p.id === participantId)?.name ?? participantId
}
