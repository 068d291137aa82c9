import i18next from 'i18next'
import type { EfqmScore } from './efqm-scoring'
import { allItems, type Framework } from './framework'
import { conforms, isNonconformity, type FindingType, type IsoScore } from './iso-scoring'
import { ownValue } from './records'

export const HIGHLIGHT_LIMIT = 3

export interface FrameworkHighlightIds {
  strengths: string[]
  gaps: string[]
  /** Why the strengths column is empty; null when it is not. */
  strengthsEmpty: string | null
  gapsEmpty: string | null
}

interface Candidate {
  itemId: string
  value: number
  finding?: FindingType
}

const FINDING_WEIGHT = (finding: FindingType | undefined) => (finding === 'major-nonconformity' ? 2 : finding === 'minor-nonconformity' ? 1 : 0)

/**
 * The report's "top strengths and gaps", and the Results summary card: the highest-scoring and
 * the lowest-scoring items that count (agreed or proposed alike, domain/counting.ts), per framework.
 * - An item is never both, and a gap always scores below every strength.
 * - An ISO unit below level 3, or with a nonconformity, is never a strength; a gap is a unit
 *   below level 3 or with a nonconformity (the lowest first, a major before a minor).
 * - With few items counted, the lists share them out: the upper half strengths, the lower half gaps.
 * - An empty list says why.
 * Ties keep questionnaire order.
 */
export function selectHighlights(framework: Framework, score: { efqm?: EfqmScore; iso?: IsoScore }): FrameworkHighlightIds {
  const radar = framework.scoring === 'radar'
  const candidates: Candidate[] = allItems(framework).flatMap((item) => {
    if (radar) {
      const part = ownValue(score.efqm?.parts, item.id)
      return part ? [{ itemId: item.id, value: part.score }] : []
    }
    const level = ownValue(score.iso?.units, item.id)?.level
    if (level === null || level === undefined) return []
    const finding = ownValue(score.iso?.unitFindings, item.id)
    return [{ itemId: item.id, value: level, ...(finding ? { finding } : {}) }]
  })
  const key = radar ? 'parts' : 'units'
  if (candidates.length === 0) {
    const none = i18next.t(`scoring:highlights.noneCounted.${key}`, { framework: framework.name })
    return { strengths: [], gaps: [], strengthsEmpty: none, gapsEmpty: none }
  }

  // The candidates come in questionnaire order and sort is stable, so ties keep that order.
  const highestFirst = [...candidates].sort((a, b) => b.value - a.value)
  const lowestFirst = [...candidates].sort((a, b) => a.value - b.value || FINDING_WEIGHT(b.finding) - FINDING_WEIGHT(a.finding))
  const strengthEligible = radar ? highestFirst : highestFirst.filter((c) => conforms(c.value) && !isNonconformity(c.finding))
  const gapEligible = radar ? lowestFirst : lowestFirst.filter((c) => !conforms(c.value) || isNonconformity(c.finding))

  // Few items: the upper half are strengths, so the gaps column is not left empty for lack of items.
  const strengthCount = radar ? Math.min(HIGHLIGHT_LIMIT, Math.ceil(candidates.length / 2)) : HIGHLIGHT_LIMIT
  const strengths = strengthEligible.slice(0, strengthCount)
  const floor = strengths.length ? Math.min(...strengths.map((c) => c.value)) : Infinity
  const gaps = gapEligible.filter((c) => !strengths.includes(c) && (radar ? c.value < floor : true)).slice(0, HIGHLIGHT_LIMIT)

  return {
    strengths: strengths.map((c) => c.itemId),
    gaps: gaps.map((c) => c.itemId),
    // A RADAR framework with anything counted always has a strength (the upper half).
    strengthsEmpty: strengths.length ? null : i18next.t('scoring:highlights.noStrengths.units', { count: candidates.length }),
    gapsEmpty: gaps.length
      ? null
      : radar
        ? i18next.t(candidates.length === 1 ? 'scoring:highlights.noGaps.onlyOnePart' : 'scoring:highlights.noGaps.parts')
        : i18next.t('scoring:highlights.noGaps.units', { count: candidates.length }),
  }
}
