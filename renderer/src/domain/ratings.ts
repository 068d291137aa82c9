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

export function checkRadarScore(value: number, what = 'A RADAR score'): number {
  if (!Number.isFinite(value) || value < 0 || value > RADAR_MAX || !isMultipleOf(value, RADAR_STEP)) {
    throw new DomainError(`${what} must be between 0 and ${RADAR_MAX} in steps of ${RADAR_STEP}; ${String(value)} is not.`)
  }
  return value
}

export function checkIsoLevel(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > ISO_MAX_LEVEL) {
    throw new DomainError(`An ISO maturity level must be a whole number from 0 to ${ISO_MAX_LEVEL}; ${String(value)} is not on the scale.`)
  }
  return value
}

export function checkRationale(rationale: string | undefined, what: string): string {
  const text = rationale?.trim() ?? ''
  if (!text) throw new DomainError(`${what} needs a written rationale.`)
  return text
}

export function checkIsoRating(rating: IsoRating): IsoRating {
  if (rating.kind === 'level') checkIsoLevel(rating.level)
  else checkRationale(rating.justification, 'Marking a unit as not applicable')
  return rating
}
