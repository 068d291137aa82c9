import i18next from 'i18next'
import { DomainError } from './errors'
import { explain, type Explanation } from './explanation'
import { findItem, type Framework } from './framework'
import { formatFigure, scaleKind } from './figures'
import { mean, median, roundToStepHalfDown, standardDeviation } from './numbers'
import { ratingValue } from './radar'
import { checkIsoLevel, RADAR_STEP, type EfqmRating, type Rating } from './ratings'

export type Role = 'leadership' | 'staff' | 'external'

export interface Participant {
  id: string
  name: string
  role: Role
}

/** Where a team's spread counts as disagreement (domain.md §6). */
export const DISAGREEMENT_RANGE = { radar: 30, maturity: 2 } as const

export interface SpreadStats {
  count: number
  median: number
  mean: number
  min: number
  max: number
  range: number
  standardDeviation: number
}

export function spread(scores: readonly number[]): SpreadStats | null {
  if (scores.length === 0) return null
  const min = Math.min(...scores)
  const max = Math.max(...scores)
  return { count: scores.length, median: median(scores), mean: mean(scores), min, max, range: max - min, standardDeviation: standardDeviation(scores) }
}

export interface ItemTeamSummary {
  itemId: string
  /** Each participant's score on the framework's own scale (RADAR 0–100, ISO level 0–5). */
  scores: Array<{ participantId: string; score: number }>
  /** Participants who marked the item not applicable (ISO). */
  notApplicable: string[]
  stats: SpreadStats | null
  disagreement: boolean
  /** The median, snapped to the scale; halfway goes down so the team argues any raise. */
  proposedConsensus: number | null
  /** Mean of leadership minus mean of staff; null unless both have scored. */
  leaderStaffGap: number | null
  explanation: Explanation | null
}

/** One participant's rating as a number on the framework's scale, or null for "not applicable". */
export function participantScore(framework: Framework, itemId: string, rating: Rating): number | null {
  const { item, section } = findItem(framework, itemId)
  if (framework.scoring === 'radar') {
    if (rating.kind !== 'quick' && rating.kind !== 'radar') throw new DomainError(i18next.t('scoring:errors.radarNotLevel', { id: itemId }))
    return ratingValue(framework, section, item, rating as EfqmRating)
  }
  if (rating.kind !== 'level' && rating.kind !== 'not-applicable') throw new DomainError(i18next.t('scoring:errors.levelNotRadar', { id: itemId }))
  // A person may mark N/A without a reason of their own; the team's consensus is where one is required.
  return rating.kind === 'level' ? checkIsoLevel(rating.level) : null
}

export function summariseItem(
  framework: Framework,
  itemId: string,
  ratings: Record<string, Rating>,
  participants: readonly Participant[],
): ItemTeamSummary {
  const roles = new Map(participants.map((participant) => [participant.id, participant.role]))
  const scores: ItemTeamSummary['scores'] = []
  const notApplicable: string[] = []
  for (const [participantId, rating] of Object.entries(ratings)) {
    if (!roles.has(participantId)) throw new DomainError(i18next.t('scoring:errors.unknownParticipant', { id: itemId, participant: participantId }))
    const score = participantScore(framework, itemId, rating)
    if (score === null) notApplicable.push(participantId)
    else scores.push({ participantId, score })
  }
  const stats = spread(scores.map((entry) => entry.score))
  const threshold = DISAGREEMENT_RANGE[framework.scoring]
  const step = framework.scoring === 'radar' ? RADAR_STEP : 1
  const scale = scaleKind(framework.scoring)
  const byRole = (role: Role) => scores.filter((entry) => roles.get(entry.participantId) === role).map((entry) => entry.score)
  const leaders = byRole('leadership')
  const staff = byRole('staff')
  const leaderStaffGap = leaders.length > 0 && staff.length > 0 ? mean(leaders) - mean(staff) : null
  const proposedConsensus = stats ? roundToStepHalfDown(stats.median, step) : null
  return {
    itemId,
    scores,
    notApplicable,
    stats,
    disagreement: stats !== null && stats.range >= threshold,
    proposedConsensus,
    leaderStaffGap,
    explanation: stats
      ? explain(
          () => i18next.t('scoring:team.consensus.label', { id: itemId }),
          String(proposedConsensus),
          () => i18next.t(proposedConsensus !== stats.median ? 'scoring:team.consensus.snappedRule' : 'scoring:team.consensus.rule', {
            scores: scores.map((s) => s.score).join(', '),
            median: formatFigure(scale, stats.median),
            step,
          }),
          [
            explain(
              () => i18next.t('scoring:team.spread.label'),
              () => i18next.t('scoring:team.spread.value', { range: formatFigure(scale, stats.range) }),
              () => i18next.t('scoring:team.spread.rule', { max: formatFigure(scale, stats.max), min: formatFigure(scale, stats.min), threshold }),
            ),
            ...(leaderStaffGap === null
              ? []
              : [
                  explain(
                    () => i18next.t('scoring:team.gap.label'),
                    () => formatFigure(scale, leaderStaffGap),
                    () => i18next.t('scoring:team.gap.rule', { leaders: leaders.join(', '), staff: staff.join(', ') }),
                  ),
                ]),
          ],
        )
      : null,
  }
}
