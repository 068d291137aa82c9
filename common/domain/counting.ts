import i18next from 'i18next'
import type { StoredConsensus } from '../contract/assessment-schema'
import type { ItemTeamSummary } from './team'

/**
 * Which items count — THE rule. Navigation, progress, Results, team views, crosswalk, CSV and
 * PDF all take an item's state from `countItem`, so no screen can call an item complete that
 * the scores leave out, or score one that the navigation calls unfinished.
 *
 * An item counts when the team recorded a consensus, or when enough participants have voted
 * for the proposed median to stand. With fewer votes it is "in progress": its votes are kept and
 * shown, but it feeds no score until the rest have voted or the team agrees.
 */
export type ItemState = 'open' | 'in-progress' | 'counted'

/** "Enough" by default: everyone on the team. */
export const DEFAULT_COUNTING_SHARE = 1
/** The lowest share a facilitator may set: below it, one early voter would speak for the room. */
export const MIN_COUNTING_SHARE = 0.1

/** Votes needed for the proposal to stand: the share of the team, rounded up, and at least one. */
export function votesNeeded(participantCount: number, share: number = DEFAULT_COUNTING_SHARE): number {
  if (participantCount <= 0) return Infinity
  // 0.7 × 10 is 7.000000000000001 in binary; a hair's tolerance keeps it at 7, not 8.
  return Math.max(1, Math.ceil(share * participantCount - 1e-9))
}

export type CountedValue = number | 'not-applicable'

export interface ItemCount {
  state: ItemState
  /** Votes cast, not applicable included. */
  votes: number
  needed: number
  /** What the votes propose: the snapped median, N/A when every vote is N/A, null without votes. */
  proposal: CountedValue | null
  /** What the item counts with; null unless it is counted. */
  value: CountedValue | null
  /** Whether the value was agreed by the team or is the proposal standing on enough votes. */
  source: 'agreed' | 'proposed' | null
  /** An agreed value that departs from the proposal (it carries a rationale). */
  differsFromProposal: boolean
}

/** What the team's votes propose. Not-applicable votes do not dilute the levels; only a room that is all N/A proposes N/A. */
export function proposalOf(summary: ItemTeamSummary): CountedValue | null {
  if (summary.proposedConsensus !== null) return summary.proposedConsensus
  return summary.notApplicable.length > 0 ? 'not-applicable' : null
}

export function consensusValue(consensus: StoredConsensus): CountedValue {
  return consensus.kind === 'score' ? consensus.score : consensus.kind === 'level' ? consensus.level : 'not-applicable'
}

export function countItem(summary: ItemTeamSummary, consensus: StoredConsensus | undefined, participantCount: number, share: number = DEFAULT_COUNTING_SHARE): ItemCount {
  const votes = summary.scores.length + summary.notApplicable.length
  const needed = votesNeeded(participantCount, share)
  const proposal = proposalOf(summary)
  if (consensus) {
    const value = consensusValue(consensus)
    return { state: 'counted', votes, needed, proposal, value, source: 'agreed', differsFromProposal: proposal !== null && value !== proposal }
  }
  if (proposal !== null && votes >= needed) return { state: 'counted', votes, needed, proposal, value: proposal, source: 'proposed', differsFromProposal: false }
  return { state: votes > 0 ? 'in-progress' : 'open', votes, needed, proposal, value: null, source: null, differsFromProposal: false }
}

export interface CountingProgress {
  counted: number
  inProgress: number
  open: number
  total: number
}

export function countingProgress(counts: Iterable<{ state: ItemState }>): CountingProgress {
  const progress: CountingProgress = { counted: 0, inProgress: 0, open: 0, total: 0 }
  for (const count of counts) {
    progress.total++
    if (count.state === 'counted') progress.counted++
    else if (count.state === 'in-progress') progress.inProgress++
    else progress.open++
  }
  return progress
}

/**
 * The people's own reasons for "not applicable", gathered as the team's draft justification, so
 * nobody types them twice. Identical reasons appear once; each keeps its authors' names, unless they are empty (names hidden).
 */
export function draftJustification(reasons: ReadonlyArray<{ name: string; reason: string }>): string {
  const byText = new Map<string, string[]>()
  for (const { name, reason } of reasons) {
    const text = reason.trim()
    if (!text) continue
    const key = text.toLocaleLowerCase()
    const entry = byText.get(key)
    if (entry) entry.push(name)
    else byText.set(key, [text, name])
  }
  return [...byText.values()]
    .map(([text, ...names]) => {
      const named = names.filter(Boolean)
      return named.length > 0 ? `${text} (${named.join(', ')})` : text
    })
    .join('\n')
}

/** "ISO 9001: 5 items have partial votes and are not counted yet." — the same words on Results and in the PDF; null when none is. */
export function partialVotesSentence(frameworkName: string, progress: CountingProgress): string | null {
  return progress.inProgress === 0 ? null : i18next.t('scoring:counting.partialVotes', { framework: frameworkName, count: progress.inProgress })
}
