import i18next from 'i18next'
import type { Assessment, ItemResponse, StoredConsensus } from '../contract/assessment-schema'
import { countItem, draftJustification, type ItemCount, type ItemState } from './counting'
import type { EfqmConsensus } from './efqm-scoring'
import { DomainError } from './errors'
import { allItems, type Framework } from './framework'
import type { IsoConsensus } from './iso-scoring'
import type { EfqmRating, IsoRating, Rating } from './ratings'
import { participantScore, summariseItem, type ItemTeamSummary, type Participant } from './team'
import type { WorkshopInput } from './workshop-results'
import { ownValue } from './records'

/**
 * Ratings that can be scored: from people still on the team, and complete (a half-filled RADAR
 * grid is work in progress, not a vote). The rest stay in the file untouched.
 */
export function scorableRatings(framework: Framework, itemId: string, response: ItemResponse | undefined, participants: readonly Participant[]): Record<string, Rating> {
  const ids = new Set(participants.map((p) => p.id))
  const usable: Record<string, Rating> = {}
  for (const [participantId, rating] of Object.entries(response?.ratings ?? {})) {
    if (!ids.has(participantId)) continue
    try {
      participantScore(framework, itemId, rating as Rating)
      usable[participantId] = rating as Rating
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
    }
  }
  return usable
}

export function teamSummary(framework: Framework, itemId: string, response: ItemResponse | undefined, participants: readonly Participant[]): ItemTeamSummary {
  return summariseItem(framework, itemId, scorableRatings(framework, itemId, response, participants), participants)
}

export type ConsensusSource = 'agreed' | 'proposed'

/** One item's votes and whether it counts, under the assessment's counting rule. */
export function countAssessmentItem(framework: Framework, itemId: string, assessment: Assessment): { summary: ItemTeamSummary; count: ItemCount } {
  const participants = assessment.participants as Participant[]
  const response = ownValue(ownValue(assessment.responses, framework.id), itemId)
  const summary = teamSummary(framework, itemId, response, participants)
  return { summary, count: countItem(summary, response?.consensus, participants.length, assessment.countingShare) }
}

/** The team's draft justification for an all-N/A item: the people's own reasons, with their names. */
export function notApplicableDraft(response: ItemResponse | undefined, summary: ItemTeamSummary, participants: readonly Participant[], attributed = true): string {
  // Unattributed when names are hidden from the room: the draft is on the projector.
  const names = new Map(participants.map((p) => [p.id, attributed ? p.name : '']))
  return draftJustification(
    summary.notApplicable.flatMap((id) => {
      const rating = ownValue(response?.ratings, id)
      return rating?.kind === 'not-applicable' ? [{ name: names.get(id) ?? id, reason: rating.justification }] : []
    }),
  )
}

/**
 * The consensus that agrees the votes' proposal as it stands: the median, or for an all-N/A
 * item, N/A with the given justification (the people's gathered reasons, possibly edited).
 */
export function proposalAsConsensus(scoring: Framework['scoring'], count: ItemCount, justification: string): StoredConsensus | null {
  if (count.proposal === null) return null
  if (count.proposal === 'not-applicable') return { kind: 'not-applicable', justification: justification.trim() }
  return scoring === 'radar' ? { kind: 'score', score: count.proposal, rationale: '' } : { kind: 'level', level: count.proposal, rationale: '' }
}

/** Whether a consensus may be recorded: departing from the proposal needs a rationale, N/A a justification. */
export function consensusProblem(consensus: StoredConsensus, proposed: number | null): string | null {
  if (consensus.kind === 'not-applicable') return consensus.justification.trim() ? null : i18next.t('questionnaire:consensus.justificationMissing')
  const value = consensus.kind === 'score' ? consensus.score : consensus.level
  if (proposed !== null && value !== proposed && !consensus.rationale.trim()) {
    return i18next.t('questionnaire:consensus.rationaleMissing', { proposed })
  }
  return null
}

function efqmEntry(consensus: StoredConsensus | undefined, count: ItemCount): EfqmConsensus | null {
  // The value is null unless the item counts (counting.ts), and N/A leaves an EFQM part unscored.
  if (typeof count.value !== 'number') return null
  if (consensus?.kind === 'score' && typeof count.proposal === 'number' && count.differsFromProposal && consensus.rationale.trim()) {
    return { rating: { kind: 'quick', score: count.proposal }, override: { score: consensus.score, rationale: consensus.rationale } }
  }
  return { rating: { kind: 'quick', score: count.value } }
}

function isoEntry(consensus: StoredConsensus | undefined, count: ItemCount, finding: ItemResponse['finding'], draft: () => string): IsoConsensus | null {
  const withFinding = (entry: IsoConsensus): IsoConsensus => (finding ? { ...entry, finding } : entry)
  if (consensus?.kind === 'not-applicable') return withFinding({ rating: { kind: 'not-applicable', justification: consensus.justification } })
  if (count.value === 'not-applicable') return withFinding({ rating: { kind: 'not-applicable', justification: draft() } })
  // The value is null unless the item counts (counting.ts); then only its finding goes in.
  return count.value === null ? (finding ? { finding } : null) : withFinding({ rating: { kind: 'level', level: count.value } })
}

/** Turns the stored document into the engine's input, for the frameworks the assessment uses. */
export function toWorkshopInput(assessment: Assessment, frameworks: readonly Framework[]): WorkshopInput {
  const participants = assessment.participants as Participant[]
  const input: WorkshopInput = { participants, target: assessment.target }
  for (const framework of frameworks) {
    if (!assessment.frameworks.includes(framework.id)) continue
    const responses = ownValue(assessment.responses, framework.id) ?? {}
    const ratings: Record<string, Record<string, Rating>> = {}
    const consensus: Record<string, EfqmConsensus | IsoConsensus> = {}
    const states: Record<string, ItemState> = {}
    for (const item of allItems(framework)) {
      const response = ownValue(responses, item.id)
      ratings[item.id] = scorableRatings(framework, item.id, response, participants)
      const summary = summariseItem(framework, item.id, ownValue(ratings, item.id)!, participants)
      const count = countItem(summary, response?.consensus, participants.length, assessment.countingShare)
      states[item.id] = count.state
      const entry =
        framework.scoring === 'radar'
          ? efqmEntry(response?.consensus, count)
          : isoEntry(response?.consensus, count, response?.finding, () => notApplicableDraft(response, summary, participants) || i18next.t('scoring:counting.everyoneNotApplicable', { count: summary.notApplicable.length }))
      if (entry) consensus[item.id] = entry
    }
    if (framework.scoring === 'radar') {
      input.efqm = {
        framework,
        ratings: ratings as Record<string, Record<string, EfqmRating>>,
        consensus: consensus as Record<string, EfqmConsensus>,
        states,
        options: { stakeholderWeights: assessment.stakeholderWeights },
      }
    } else {
      input.iso = { framework, ratings: ratings as Record<string, Record<string, IsoRating>>, consensus: consensus as Record<string, IsoConsensus>, states }
    }
  }
  return input
}

