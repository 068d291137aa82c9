import { countingProgress, type CountingProgress, type ItemState } from './counting'
import { achievedByGroup, blindSpots, designCoverageOf, misalignment, type AchievedScore, type DesignCoverage } from './coverage'
import { scoreEfqm, type EfqmConsensus, type EfqmOptions, type EfqmScore } from './efqm-scoring'
import { allItems, type Framework } from './framework'
import { scoreIso, type IsoConsensus, type IsoScore } from './iso-scoring'
import type { EfqmRating, IsoRating } from './ratings'
import { efqmShares, isoShares } from './shares'
import { validateGroupWeights, type GroupId, type GroupVector } from './stakeholders'
import { summariseItem, type ItemTeamSummary, type Participant } from './team'
import { ownValue } from './records'

export interface FrameworkAnswers<R, C> {
  framework: Framework
  /** Each participant's rating per item: ratings[itemId][participantId]. */
  ratings: Record<string, Record<string, R>>
  consensus: Record<string, C>
  /**
   * Each item's state under the counting rule (toWorkshopInput sets it from domain/counting.ts);
   * without it, an item counts when it has a consensus entry and is in progress when it has only votes.
   */
  states?: Record<string, ItemState>
}

export interface WorkshopInput {
  participants: Participant[]
  target: GroupVector
  efqm?: FrameworkAnswers<EfqmRating, EfqmConsensus> & { options?: EfqmOptions }
  iso?: FrameworkAnswers<IsoRating, IsoConsensus>
}

export interface CountingResults {
  /** Per item: counted, in progress (some votes, not enough) or open. */
  states: Record<string, ItemState>
  progress: CountingProgress
}

export interface StakeholderResults {
  design: DesignCoverage
  achieved: Record<GroupId, AchievedScore>
  misalignment: number
  blindSpots: GroupId[]
}

export interface WorkshopResults {
  efqm?: StakeholderResults & CountingResults & { score: EfqmScore; team: Record<string, ItemTeamSummary> }
  iso?: StakeholderResults & CountingResults & { score: IsoScore; team: Record<string, ItemTeamSummary> }
}

function teamSummaries<R extends EfqmRating | IsoRating>(answers: FrameworkAnswers<R, unknown>, participants: Participant[]) {
  return Object.fromEntries(
    allItems(answers.framework).map((item) => [item.id, summariseItem(answers.framework, item.id, ownValue(answers.ratings, item.id) ?? {}, participants)]),
  )
}

function countingResults(answers: FrameworkAnswers<unknown, { rating?: unknown }>): CountingResults {
  const states: Record<string, ItemState> = {}
  const counts: Array<{ state: ItemState }> = []
  for (const item of allItems(answers.framework)) {
    const state: ItemState =
      ownValue(answers.states, item.id) ??
      (ownValue(answers.consensus, item.id)?.rating !== undefined
        ? 'counted'
        : Object.keys(ownValue(answers.ratings, item.id) ?? {}).length > 0
          ? 'in-progress'
          : 'open')
    states[item.id] = state
    counts.push({ state })
  }
  return { states, progress: countingProgress(counts) }
}

function stakeholderResults(framework: Framework, shares: Parameters<typeof achievedByGroup>[1], target: GroupVector): StakeholderResults {
  const design = designCoverageOf(framework)
  return {
    design,
    achieved: achievedByGroup(framework, shares),
    misalignment: misalignment(design.focus, target),
    blindSpots: blindSpots(design.focus, target),
  }
}

/** Every score, team figure and coverage figure of a workshop, recomputed from its answers. */
export function computeWorkshopResults(input: WorkshopInput): WorkshopResults {
  const target = validateGroupWeights(input.target)
  const results: WorkshopResults = {}
  if (input.efqm) {
    const score = scoreEfqm(input.efqm.framework, input.efqm.consensus, input.efqm.options)
    results.efqm = { score, team: teamSummaries(input.efqm, input.participants), ...countingResults(input.efqm), ...stakeholderResults(input.efqm.framework, efqmShares(score), target) }
  }
  if (input.iso) {
    const score = scoreIso(input.iso.framework, input.iso.consensus)
    results.iso = { score, team: teamSummaries(input.iso, input.participants), ...countingResults(input.iso), ...stakeholderResults(input.iso.framework, isoShares(score), target) }
  }
  return results
}
