import i18next from 'i18next'
import type { Assessment, ItemResponse, StoredConsensus } from '../../../electron/ipc/assessment-schema'
import type { EfqmConsensus } from './efqm-scoring'
import { DomainError } from './errors'
import { allItems, type Framework } from './framework'
import type { IsoConsensus } from './iso-scoring'
import type { EfqmRating, IsoRating, Rating } from './ratings'
import { participantScore, summariseItem, type ItemTeamSummary, type Participant } from './team'
import type { WorkshopInput } from './workshop-results'

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

/**
 * The value the item counts with: what the team agreed, or else the proposed median.
 * Null when nobody has voted and nothing was agreed.
 */
export function effectiveConsensus(
  consensus: StoredConsensus | undefined,
  summary: ItemTeamSummary,
): { source: ConsensusSource; value: number | 'not-applicable'; differsFromProposal: boolean } | null {
  const proposed = summary.proposedConsensus
  if (consensus) {
    const value = consensus.kind === 'score' ? consensus.score : consensus.kind === 'level' ? consensus.level : 'not-applicable'
    return { source: 'agreed', value, differsFromProposal: proposed !== null && value !== proposed }
  }
  return proposed === null ? null : { source: 'proposed', value: proposed, differsFromProposal: false }
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

function efqmEntry(consensus: StoredConsensus | undefined, summary: ItemTeamSummary): EfqmConsensus | null {
  const proposed = summary.proposedConsensus
  if (consensus?.kind === 'score') {
    if (proposed !== null && consensus.score !== proposed && consensus.rationale.trim()) {
      return { rating: { kind: 'quick', score: proposed }, override: { score: consensus.score, rationale: consensus.rationale } }
    }
    return { rating: { kind: 'quick', score: consensus.score } }
  }
  return proposed === null ? null : { rating: { kind: 'quick', score: proposed } }
}

function isoEntry(consensus: StoredConsensus | undefined, summary: ItemTeamSummary, finding: ItemResponse['finding']): IsoConsensus | null {
  const withFinding = (entry: IsoConsensus): IsoConsensus => (finding ? { ...entry, finding } : entry)
  if (consensus?.kind === 'level') return withFinding({ rating: { kind: 'level', level: consensus.level } })
  if (consensus?.kind === 'not-applicable') return withFinding({ rating: { kind: 'not-applicable', justification: consensus.justification } })
  if (summary.proposedConsensus !== null) return withFinding({ rating: { kind: 'level', level: summary.proposedConsensus } })
  return finding ? { finding } : null
}

/** Turns the stored document into the engine's input, for the frameworks the assessment uses. */
export function toWorkshopInput(assessment: Assessment, frameworks: readonly Framework[]): WorkshopInput {
  const participants = assessment.participants as Participant[]
  const input: WorkshopInput = { participants, target: assessment.target }
  for (const framework of frameworks) {
    if (!assessment.frameworks.includes(framework.id)) continue
    const responses = assessment.responses[framework.id] ?? {}
    const ratings: Record<string, Record<string, Rating>> = {}
    const consensus: Record<string, EfqmConsensus | IsoConsensus> = {}
    for (const item of allItems(framework)) {
      const response = responses[item.id]
      ratings[item.id] = scorableRatings(framework, item.id, response, participants)
      const summary = summariseItem(framework, item.id, ratings[item.id]!, participants)
      const entry = framework.scoring === 'radar' ? efqmEntry(response?.consensus, summary) : isoEntry(response?.consensus, summary, response?.finding)
      if (entry) consensus[item.id] = entry
    }
    if (framework.scoring === 'radar') {
      input.efqm = {
        framework,
        ratings: ratings as Record<string, Record<string, EfqmRating>>,
        consensus: consensus as Record<string, EfqmConsensus>,
        options: { stakeholderWeights: assessment.stakeholderWeights },
      }
    } else {
      input.iso = { framework, ratings: ratings as Record<string, Record<string, IsoRating>>, consensus: consensus as Record<string, IsoConsensus> }
    }
  }
  return input
}

