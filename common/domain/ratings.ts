import i18next from 'i18next'
import { DomainError } from './errors'
import { isMultipleOf } from './numbers'

/** One person's (or the team's) answer for an EFQM part or results area. */
export type EfqmRating =
  | { kind: 'quick'; score: number }
  | { kind: 'radar'; attributes: Record<string, number> }

/** One person's (or the team's) answer for an ISO unit. */
export type IsoRating = { kind: 'level'; level: number } | { kind: 'not-applicable'; justification: string }

export type Rating = EfqmRating | IsoRating

/** A score set by hand instead of the computed one; it must say why. */
export interface Override {
  score: number
  rationale: string
}

export const RADAR_STEP = 5
export const RADAR_MAX = 100
export const ISO_MAX_LEVEL = 5

/**
 * The subject of an error sentence, in the user's language ("The score for 1.2"). A function, so
 * the words are looked up only when there is an error: scoring checks thousands of values.
 */
export type Subject = () => string

/** Whether a value is on the RADAR scale: 0 to 100 in steps of 5. */
// NaN and ±Infinity fail the bounds already.
export const isRadarScore = (value: number) => value >= 0 && value <= RADAR_MAX && isMultipleOf(value, RADAR_STEP)

/** `what` is the sentence's subject ("The score for 1.2"). */
export function checkRadarScore(value: number, what: Subject = () => i18next.t('scoring:subjects.radarScore')): number {
  if (!isRadarScore(value)) {
    throw new DomainError(i18next.t('scoring:errors.radarScore', { what: what(), max: RADAR_MAX, step: RADAR_STEP, value: String(value) }))
  }
  return value
}

/** Whether a value is an ISO maturity level: a whole number from 0 to 5. */
export const isIsoLevel = (value: number) => Number.isInteger(value) && value >= 0 && value <= ISO_MAX_LEVEL

export function checkIsoLevel(value: number): number {
  if (!isIsoLevel(value)) {
    throw new DomainError(i18next.t('scoring:errors.isoLevel', { max: ISO_MAX_LEVEL, value: String(value) }))
  }
  return value
}

/** `what` names, in the user's language, the act that needs the rationale ("Overriding the score of 1.2"). */
export function checkRationale(rationale: string | undefined, what: Subject): string {
  const text = rationale?.trim() ?? ''
  if (!text) throw new DomainError(i18next.t('scoring:errors.rationaleMissing', { what: what() }))
  return text
}

export function checkIsoRating(rating: IsoRating): IsoRating {
  if (rating.kind === 'level') checkIsoLevel(rating.level)
  else checkRationale(rating.justification, () => i18next.t('scoring:subjects.markingNotApplicable'))
  return rating
}
