import i18next from 'i18next'
import { DomainError } from './errors'
import { explain, type Explanation } from './explanation'
import { findItem, type Framework, type Item, type Section } from './framework'
import { formatFigure, scaleKind } from './figures'
import { medianInPlace, roundToStepHalfDown } from './numbers'
import { ratingValue } from './radar'
import { checkIsoLevel, isIsoLevel, RADAR_STEP, type EfqmRating, type Rating } from './ratings'
import { ownValue } from './records'

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
  return scores.length === 0 ? null : spreadOf(Float64Array.from(scores))
}

/** `spread` of a non-empty list, which it reorders. */
function spreadOf(values: Float64Array): SpreadStats {
  const count = values.length
  // The sums run in the order `mean` adds them, so every figure is the same to the last bit.
  let total = 0
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < count; i++) {
    const value = values[i]!
    total += value
    // As Math.min and Math.max: NaN wins, and −0 is below 0.
    if (value < min || (value === 0 && min === 0 && Object.is(value, -0))) min = value
    if (value > max || (value === 0 && max === 0 && Object.is(max, -0))) max = value
    if (Number.isNaN(value)) min = max = NaN
  }
  const average = total / count
  let squares = 0
  for (let i = 0; i < count; i++) squares += (values[i]! - average) ** 2
  const median = medianInPlace(values)
  return { count, median, mean: average, min, max, range: max - min, standardDeviation: Math.sqrt(squares / count) }
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

// A team list is read-only once made (documents are edited by copying), so its roles are looked
// up once per list, not once per item.
const roleIndexes = new WeakMap<readonly Participant[], ReadonlyMap<string, Role>>()

/** Each participant's role by id; built once per participant list and kept while the list lives. */
export function participantRoles(participants: readonly Participant[]): ReadonlyMap<string, Role> {
  let roles = roleIndexes.get(participants)
  if (!roles) {
    roles = new Map(participants.map((participant) => [participant.id, participant.role]))
    roleIndexes.set(participants, roles)
  }
  return roles
}

/** One participant's rating as a number on the framework's scale, or null for "not applicable". */
export function participantScore(framework: Framework, itemId: string, rating: Rating): number | null {
  const { item, section } = findItem(framework, itemId)
  return scoreOf(framework, section, item, itemId, rating)
}

function scoreOf(framework: Framework, section: Section, item: Item, itemId: string, rating: Rating): number | null {
  if (framework.scoring === 'radar') {
    if (rating.kind !== 'quick' && rating.kind !== 'radar') throw new DomainError(i18next.t('scoring:errors.radarNotLevel', { id: itemId }))
    return ratingValue(framework, section, item, rating as EfqmRating)
  }
  if (rating.kind !== 'level' && rating.kind !== 'not-applicable') throw new DomainError(i18next.t('scoring:errors.levelNotRadar', { id: itemId }))
  if (rating.kind === 'not-applicable') return null
  // A person may mark N/A without a reason of their own; the team's consensus is where one is required.
  return isIsoLevel(rating.level) ? rating.level : checkIsoLevel(rating.level)
}

/** What one summary was made from, to tell whether a later call asks for the same one. */
interface Remembered {
  participants: readonly Participant[]
  language: string | undefined
  /** The ratings' participant ids, in the record's order, and each rating object. */
  ids: string[]
  ratings: Rating[]
  summary: ItemTeamSummary
}

// One recompute summarises every item several times from the same votes (the conversion of the
// document, the results and the navigation each ask), and an edit changes one item of all. So the
// last summary of each item is kept, and given again when every rating is the very same object
// (votes are values: the app edits by copying, never in place) from the same team list.
const rememberedSummaries = new WeakMap<Framework, Map<string, Remembered>>()

function sameVotes(known: Remembered, ids: string[], ratings: Record<string, Rating>): boolean {
  if (known.ids.length !== ids.length) return false
  for (let i = 0; i < ids.length; i++) {
    if (known.ids[i] !== ids[i] || known.ratings[i] !== ownValue(ratings, ids[i]!)) return false
  }
  return true
}

export function summariseItem(
  framework: Framework,
  itemId: string,
  ratings: Record<string, Rating>,
  participants: readonly Participant[],
): ItemTeamSummary {
  let byItem = rememberedSummaries.get(framework)
  if (!byItem) {
    byItem = new Map()
    rememberedSummaries.set(framework, byItem)
  }
  // Object.keys, not for…in: a record of many votes built key by key is a dictionary, which
  // for…in walks slowly (and Object.entries far more slowly).
  const ids = Object.keys(ratings)
  // Explanations are worded when first read, in the language of the time.
  const language = i18next.language
  const known = byItem.get(itemId)
  if (known && known.participants === participants && known.language === language && sameVotes(known, ids, ratings)) return known.summary
  const votes: Rating[] = new Array(ids.length)
  const summary = summarise(framework, itemId, ids, ratings, votes, participants)
  byItem.set(itemId, { participants, language, ids, ratings: votes, summary })
  return summary
}

function summarise(
  framework: Framework,
  itemId: string,
  ids: string[],
  ratings: Record<string, Rating>,
  votes: Rating[],
  participants: readonly Participant[],
): ItemTeamSummary {
  const roles = participantRoles(participants)
  const scores: ItemTeamSummary['scores'] = []
  const notApplicable: string[] = []
  let values: Float64Array | undefined
  let found: { item: Item; section: Section } | undefined
  let leaderTotal = 0
  let leaderCount = 0
  let staffTotal = 0
  let staffCount = 0
  for (let i = 0; i < ids.length; i++) {
    const participantId = ids[i]!
    if (!roles.has(participantId)) throw new DomainError(i18next.t('scoring:errors.unknownParticipant', { id: itemId, participant: participantId }))
    // Looked up at the first rating: an item nobody rated is never looked up, as before.
    found ??= findItem(framework, itemId)
    const rating = ownValue(ratings, participantId)!
    votes[i] = rating
    const score = scoreOf(framework, found.section, found.item, itemId, rating)
    if (score === null) {
      notApplicable.push(participantId)
      continue
    }
    // Room for every participant: nobody can score twice.
    values ??= new Float64Array(roles.size)
    values[scores.length] = score
    scores.push({ participantId, score })
    const role = roles.get(participantId)
    if (role === 'leadership') {
      leaderTotal += score
      leaderCount++
    } else if (role === 'staff') {
      staffTotal += score
      staffCount++
    }
  }
  const stats = values ? spreadOf(values.subarray(0, scores.length)) : null
  const threshold = DISAGREEMENT_RANGE[framework.scoring]
  const step = framework.scoring === 'radar' ? RADAR_STEP : 1
  // The same sums, in the same order, as `mean` of each role's scores.
  const leaderStaffGap = leaderCount > 0 && staffCount > 0 ? leaderTotal / leaderCount - staffTotal / staffCount : null
  const proposedConsensus = stats ? roundToStepHalfDown(stats.median, step) : null
  let explanation: Explanation | null | undefined = stats ? undefined : null
  return {
    itemId,
    scores,
    notApplicable,
    stats,
    disagreement: stats !== null && stats.range >= threshold,
    proposedConsensus,
    leaderStaffGap,
    // Built when first read: a recompute summarises every item, a user opens a few explanations.
    get explanation() {
      return explanation !== undefined ? explanation : (explanation = explainSummary(itemId, scores, roles, stats!, proposedConsensus!, step, threshold, leaderStaffGap, scaleKind(framework.scoring)))
    },
  }
}

function explainSummary(
  itemId: string,
  scores: ItemTeamSummary['scores'],
  roles: ReadonlyMap<string, Role>,
  stats: SpreadStats,
  proposedConsensus: number,
  step: number,
  threshold: number,
  leaderStaffGap: number | null,
  scale: 'radar' | 'level',
): Explanation {
  const byRole = (role: Role) => scores.filter((entry) => roles.get(entry.participantId) === role).map((entry) => entry.score)
  return explain(
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
              () => i18next.t('scoring:team.gap.rule', { leaders: byRole('leadership').join(', '), staff: byRole('staff').join(', ') }),
            ),
          ]),
    ],
  )
}
