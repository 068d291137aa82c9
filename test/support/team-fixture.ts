import type { ItemState } from '../../common/domain/counting'
import type { Framework } from '../../common/domain/framework'
import type { EfqmRating, IsoRating } from '../../common/domain/ratings'
import type { Participant } from '../../common/domain/team'
import { computeWorkshopResults, type WorkshopInput } from '../../common/domain/workshop-results'

/** Two leaders, two staff and one external participant: the team the domain tests vote with. */
export const team: Participant[] = [
  { id: 'p1', name: 'Ana', role: 'leadership' },
  { id: 'p2', name: 'Ben', role: 'leadership' },
  { id: 'p3', name: 'Chloé', role: 'staff' },
  { id: 'p4', name: 'Dmitri', role: 'staff' },
  { id: 'p5', name: 'Eva', role: 'external' },
]
export const quick = (score: number): EfqmRating => ({ kind: 'quick', score })
export const level = (value: number): IsoRating => ({ kind: 'level', level: value })
export const balanced = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }

/**
 * The results of a workshop of `team` with these votes and agreed values. These votes are the
 * whole room's, so every rated item counts (domain/counting.ts decides that in the app) unless
 * `states` says otherwise.
 */
export function workshop(options: {
  efqm?: Framework
  iso?: Framework
  efqmRatings?: Record<string, Record<string, EfqmRating>>
  isoRatings?: Record<string, Record<string, IsoRating>>
  efqmConsensus?: Record<string, number>
  isoConsensus?: Record<string, IsoRating>
  states?: Record<string, ItemState>
}) {
  const input: WorkshopInput = { participants: team, target: balanced }
  const counted = (ratings: Record<string, unknown>) => ({ ...Object.fromEntries(Object.keys(ratings).map((id) => [id, 'counted' as const])), ...options.states })
  if (options.efqm) {
    const consensus = Object.fromEntries(Object.entries(options.efqmConsensus ?? {}).map(([id, score]) => [id, { rating: quick(score) }]))
    input.efqm = { framework: options.efqm, ratings: options.efqmRatings ?? {}, consensus, states: counted({ ...options.efqmRatings, ...consensus }) }
  }
  if (options.iso) {
    const consensus = Object.fromEntries(Object.entries(options.isoConsensus ?? {}).map(([id, rating]) => [id, { rating }]))
    input.iso = { framework: options.iso, ratings: options.isoRatings ?? {}, consensus, states: counted({ ...options.isoRatings, ...consensus }) }
  }
  return computeWorkshopResults(input)
}
