import type { ItemShare } from './coverage'
import type { EfqmScore } from './efqm-scoring'
import type { IsoScore } from './iso-scoring'
import { RADAR_MAX, ISO_MAX_LEVEL } from './ratings'

/** Consensus results on [0, 1] for coverage: RADAR % ÷ 100. */
export function efqmShares(score: EfqmScore): Record<string, ItemShare> {
  return Object.fromEntries(Object.entries(score.parts).map(([id, part]) => [id, part.score / RADAR_MAX]))
}

/** Consensus results on [0, 1] for coverage: ISO level ÷ 5; "not applicable" stays so. */
export function isoShares(score: IsoScore): Record<string, ItemShare> {
  return Object.fromEntries(
    Object.entries(score.units).map(([id, unit]) => [id, unit.notApplicable ? 'not-applicable' : (unit.level ?? 0) / ISO_MAX_LEVEL]),
  )
}
