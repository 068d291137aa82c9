import i18next from 'i18next'
import { explain, type Explanation } from './explanation'
import { allItems, type Framework, type Item } from './framework'
import { CONFORMING_LEVEL, conforms, type UnitScore } from './iso-scoring'
import { formatFigure, roundFigure, scaleKind } from './figures'
import { mean, nearlyEqual } from './numbers'
import { band, BAND_KEYS, type BandLabel, type PartScore } from './radar'
import { ISO_MAX_LEVEL, RADAR_MAX } from './ratings'
import type { ItemTeamSummary, Participant } from './team'
import type { WorkshopResults } from './workshop-results'
import { ownValue } from './records'

/**
 * The team's views across both frameworks: where the room disagrees most, where leaders and
 * staff see things differently, and where the EFQM and ISO answers on the same topic do not fit.
 */

/** The frameworks the assessment uses; either may be missing. EFQM is listed first wherever both appear. */
export interface TeamFrameworks {
  efqm?: Framework | undefined
  iso?: Framework | undefined
}

export interface TeamItemRef {
  frameworkId: string
  frameworkName: string
  scoring: Framework['scoring']
  itemId: string
  title: string
  /** The top of the item's scale: 100 for RADAR, 5 for ISO levels. */
  scale: number
}

export interface HotSpot extends TeamItemRef {
  /** Max − min, in the item's own units (points or levels). */
  range: number
  /** The range as a share of the scale (0–1), so the two frameworks can be ranked together. */
  share: number
  standardDeviationShare: number
  median: number
  votes: number
  disagreement: boolean
  summary: ItemTeamSummary
  explanation: Explanation
}

export interface PerceptionGap extends TeamItemRef {
  /** Mean of leadership minus mean of staff, in the item's own units. */
  gap: number
  /** |gap| as a share of the scale (0–1). */
  share: number
  leadershipMean: number
  staffMean: number
  leadershipCount: number
  staffCount: number
  summary: ItemTeamSummary
  explanation: Explanation
}

export type Inconsistency = 'iso-conforms-efqm-limited' | 'iso-gap-efqm-strong'

/** An EFQM part scoring below this is "limited" or shows no evidence. */
export const EFQM_LIMITED_BELOW = 40
/** An EFQM part scoring this or more is "comprehensive" or "outstanding". */
export const EFQM_STRONG_FROM = 70

export type EfqmSide = { status: 'assessed'; score: number; band: BandLabel; part: PartScore } | { status: 'not-assessed' }
export type IsoSide = { status: 'assessed'; level: number; conforms: boolean } | { status: 'not-applicable' } | { status: 'not-assessed' }

export interface CrosswalkPair {
  isoItemId: string
  isoTitle: string
  iso: IsoSide
  inconsistency: Inconsistency | null
  /** One factual sentence for an inconsistent pair; null otherwise. */
  sentence: string | null
}

export interface CrosswalkRow {
  efqmItemId: string
  efqmTitle: string
  efqm: EfqmSide
  /** The ISO units the crosswalk relates to this part, in ISO's own order; empty where ISO has none. */
  pairs: CrosswalkPair[]
  inconsistentPairs: number
  explanation: Explanation | null
}

const scaleOf = (framework: Framework) => (framework.scoring === 'radar' ? RADAR_MAX : ISO_MAX_LEVEL)

/** "45 points", "1 level": an amount in the item's own units. */
export function inUnits(scoring: Framework['scoring'], amount: number): string {
  // The plural form follows the amount as it is shown: a difference of means such as 0.9999999999 is one.
  const count = roundFigure(scaleKind(scoring), Math.abs(amount))
  return i18next.t(scoring === 'radar' ? 'scoring:units.points' : 'scoring:units.levels', { count, amount: formatFigure(scaleKind(scoring), amount) })
}

/**
 * Every counted item of the frameworks with its team summary, in framework order (EFQM, then
 * ISO) and item order. Items still in progress (domain/counting.ts) wait until they count, as
 * they do in the scores: a hot spot of two early votes is not yet the team's disagreement.
 */
function teamItems(results: WorkshopResults, frameworks: TeamFrameworks) {
  const sources = [
    { framework: frameworks.efqm, part: results.efqm },
    { framework: frameworks.iso, part: results.iso },
  ]
  return sources.flatMap(({ framework, part }) => {
    if (!framework || !part) return []
    return allItems(framework).flatMap((item) => {
      const summary = ownValue(part.team, item.id)
      return summary && ownValue(part.states, item.id) === 'counted' ? [{ ref: itemRef(framework, item), summary }] : []
    })
  })
}

function itemRef(framework: Framework, item: Item): TeamItemRef {
  return { frameworkId: framework.id, frameworkName: framework.name, scoring: framework.scoring, itemId: item.id, title: item.title, scale: scaleOf(framework) }
}

// Shares from the two scales can meet (3 of 5 and 60 of 100); binary fractions must not split such a tie.
const descending = (a: number, b: number) => (nearlyEqual(a, b) ? 0 : b - a)

/**
 * The items with the widest spread of individual scores. RADAR and ISO spreads are on different
 * scales, so they are ranked by range as a share of the scale, then by standard deviation as a
 * share, then in framework and item order. Items nobody disagrees on (range 0) are no hot spot.
 */
export function hotSpots(results: WorkshopResults, frameworks: TeamFrameworks, limit = 10): HotSpot[] {
  const candidates = teamItems(results, frameworks).flatMap(({ ref, summary }) => {
    const stats = summary.stats
    if (!stats || stats.range <= 0) return []
    const share = stats.range / ref.scale
    const hotSpot: HotSpot = {
      ...ref,
      range: stats.range,
      share,
      standardDeviationShare: stats.standardDeviation / ref.scale,
      median: stats.median,
      votes: stats.count,
      disagreement: summary.disagreement,
      summary,
      explanation: explain(
        () => i18next.t('scoring:teamViews.hotSpot.label', { id: ref.itemId }),
        () => formatFigure('percent', share),
        () => i18next.t('scoring:teamViews.hotSpot.rule', {
          range: formatFigure(scaleKind(ref.scoring), stats.range),
          max: formatFigure(scaleKind(ref.scoring), stats.max),
          min: formatFigure(scaleKind(ref.scoring), stats.min),
          scale: ref.scale,
          deviation: formatFigure(scaleKind(ref.scoring), stats.standardDeviation),
          deviationShare: formatFigure('percent', stats.standardDeviation / ref.scale),
        }),
        // An item with a spread has a summary explanation.
        [summary.explanation!],
      ),
    }
    return [hotSpot]
  })
  // teamItems gives framework and item order, which the stable sort keeps for ties.
  return candidates
    .sort((a, b) => descending(a.share, b.share) || descending(a.standardDeviationShare, b.standardDeviationShare))
    .slice(0, limit)
}

/** "leaders higher by 2 levels", "staff higher by 25 points". */
export function describeGap(scoring: Framework['scoring'], gap: number): string {
  if (nearlyEqual(gap, 0)) return i18next.t('scoring:teamViews.gap.none')
  return i18next.t(gap > 0 ? 'scoring:teamViews.gap.leadersHigher' : 'scoring:teamViews.gap.staffHigher', { amount: inUnits(scoring, Math.abs(gap)) })
}

/**
 * The largest differences between leadership's and staff's mean scores, ranked by the size of the
 * gap as a share of the scale, then in framework and item order. Only items both groups scored
 * count; external participants are in neither group.
 */
export function perceptionGaps(results: WorkshopResults, frameworks: TeamFrameworks, participants: readonly Participant[], limit = 10): PerceptionGap[] {
  const roles = new Map(participants.map((participant) => [participant.id, participant.role]))
  const candidates = teamItems(results, frameworks).flatMap(({ ref, summary }) => {
    const leaders = summary.scores.filter((entry) => roles.get(entry.participantId) === 'leadership').map((entry) => entry.score)
    const staff = summary.scores.filter((entry) => roles.get(entry.participantId) === 'staff').map((entry) => entry.score)
    if (leaders.length === 0 || staff.length === 0) return []
    const leadershipMean = mean(leaders)
    const staffMean = mean(staff)
    const gap = leadershipMean - staffMean
    if (nearlyEqual(gap, 0)) return []
    const share = Math.abs(gap) / ref.scale
    const perceptionGap: PerceptionGap = {
      ...ref,
      gap,
      share,
      leadershipMean,
      staffMean,
      leadershipCount: leaders.length,
      staffCount: staff.length,
      summary,
      explanation: explain(
        () => i18next.t('scoring:teamViews.gap.label', { id: ref.itemId }),
        describeGap(ref.scoring, gap),
        () => i18next.t('scoring:teamViews.gap.rule', {
          leaders: leaders.join(', '),
          leadershipMean: formatFigure(scaleKind(ref.scoring), leadershipMean),
          staff: staff.join(', '),
          staffMean: formatFigure(scaleKind(ref.scoring), staffMean),
          gap: formatFigure(scaleKind(ref.scoring), gap),
          size: formatFigure(scaleKind(ref.scoring), Math.abs(gap)),
          scale: ref.scale,
          share: formatFigure('percent', share),
        }),
        // Both groups scored, so the summary has an explanation.
        [summary.explanation!],
      ),
    }
    return [perceptionGap]
  })
  // teamItems gives framework and item order, which the stable sort keeps for ties.
  return candidates.sort((a, b) => descending(a.share, b.share)).slice(0, limit)
}

/** The ISO units related to an EFQM part: the crosswalk may be written on either side, so both count. */
function relatedIsoItems(efqm: Framework, iso: Framework, part: Item): Item[] {
  const fromPart = new Set(part.crosswalk.filter((ref) => ref.startsWith(`${iso.id}:`)).map((ref) => ref.slice(iso.id.length + 1)))
  const partRef = `${efqm.id}:${part.id}`
  return allItems(iso).filter((unit) => fromPart.has(unit.id) || unit.crosswalk.includes(partRef))
}

/** Which way an ISO unit and an EFQM part on the same topic contradict each other, if they do. */
export function inconsistencyOf(isoLevel: number, efqmScore: number): Inconsistency | null {
  if (conforms(isoLevel) && efqmScore < EFQM_LIMITED_BELOW) return 'iso-conforms-efqm-limited'
  if (!conforms(isoLevel) && efqmScore >= EFQM_STRONG_FROM) return 'iso-gap-efqm-strong'
  return null
}

/** "ISO 5.2.1 conforms (level 4) while EFQM 1.1 is limited (30)." States the two results, nothing more. */
export function inconsistencySentence(isoItemId: string, isoLevel: number, efqmItemId: string, efqmScore: number): string {
  return i18next.t(conforms(isoLevel) ? 'scoring:teamViews.inconsistency.isoConforms' : 'scoring:teamViews.inconsistency.isoGap', {
    iso: isoItemId,
    level: isoLevel,
    efqm: efqmItemId,
    band: i18next.t(`scoring:bandWording.${BAND_KEYS[band(efqmScore)]}`),
    score: formatFigure('radar', efqmScore),
  })
}

function isoSideOf(unit: UnitScore | undefined): IsoSide {
  if (unit?.level !== null && unit?.level !== undefined) return { status: 'assessed', level: unit.level, conforms: conforms(unit.level) }
  return unit?.notApplicable ? { status: 'not-applicable' } : { status: 'not-assessed' }
}

/**
 * Each EFQM part beside the ISO units the crosswalk relates to it, with both consensus results.
 * A missing answer stays "not assessed" (never zero) and is never called inconsistent.
 */
export function crosswalkPairs(results: WorkshopResults, efqm: Framework, iso: Framework): CrosswalkRow[] {
  return allItems(efqm).map((part) => {
    const partScore = ownValue(results.efqm?.score.parts, part.id)
    const efqmSide: EfqmSide = partScore ? { status: 'assessed', score: partScore.score, band: band(partScore.score), part: partScore } : { status: 'not-assessed' }
    const pairs = relatedIsoItems(efqm, iso, part).map((unit): CrosswalkPair => {
      const isoSide = isoSideOf(ownValue(results.iso?.score.units, unit.id))
      const pair: CrosswalkPair = { isoItemId: unit.id, isoTitle: unit.title, iso: isoSide, inconsistency: null, sentence: null }
      if (isoSide.status === 'assessed' && efqmSide.status === 'assessed') {
        pair.inconsistency = inconsistencyOf(isoSide.level, efqmSide.score)
        if (pair.inconsistency) pair.sentence = inconsistencySentence(unit.id, isoSide.level, part.id, efqmSide.score)
      }
      return pair
    })
    const inconsistent = pairs.filter((pair) => pair.inconsistency !== null)
    return {
      efqmItemId: part.id,
      efqmTitle: part.title,
      efqm: efqmSide,
      pairs,
      inconsistentPairs: inconsistent.length,
      explanation:
        inconsistent.length === 0
          ? null
          : explain(
              () => i18next.t('scoring:teamViews.crosswalk.label', { id: part.id }),
              () => i18next.t('scoring:teamViews.crosswalk.value', { count: inconsistent.length }),
              () => i18next.t('scoring:teamViews.crosswalk.rule', { level: CONFORMING_LEVEL, limitedBelow: EFQM_LIMITED_BELOW, strongFrom: EFQM_STRONG_FROM }),
              inconsistent.map((pair) =>
                explain(
                  () => i18next.t('scoring:teamViews.crosswalk.pairLabel', { id: pair.isoItemId }),
                  () => pair.inconsistency === 'iso-conforms-efqm-limited'
                    ? i18next.t('scoring:teamViews.crosswalk.isoConforms', { limitedBelow: EFQM_LIMITED_BELOW })
                    : i18next.t('scoring:teamViews.crosswalk.isoGap', { strongFrom: EFQM_STRONG_FROM }),
                  pair.sentence!,
                ),
              ),
            ),
    }
  })
}
