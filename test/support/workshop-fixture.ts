import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { allItems, parseFramework } from '../../common/domain/framework'
import { elementsFor } from '../../common/domain/radar'
import type { EfqmConsensus } from '../../common/domain/efqm-scoring'
import type { EfqmRating, IsoRating } from '../../common/domain/ratings'
import type { Participant, Role } from '../../common/domain/team'
import type { WorkshopInput } from '../../common/domain/workshop-results'

export const efqmFramework = parseFramework(efqmJson)
export const isoFramework = parseFramework(isoJson)

/** A deterministic workshop: both frameworks, every item rated by every participant (full RADAR for EFQM). */
export function fullWorkshop(participantCount: number): WorkshopInput {
  const roles: Role[] = ['leadership', 'staff', 'staff', 'external']
  const participants: Participant[] = Array.from({ length: participantCount }, (_, i) => ({ id: `p${i + 1}`, name: `Participant ${i + 1}`, role: roles[i % roles.length]! }))
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648

  const efqmRatings: Record<string, Record<string, EfqmRating>> = {}
  const efqmConsensus: Record<string, EfqmConsensus> = {}
  for (const section of efqmFramework.sections) {
    const attributes = elementsFor(efqmFramework, section).flatMap((e) => e.attributes.map((a) => a.id))
    for (const item of section.items) {
      efqmRatings[item.id] = Object.fromEntries(
        participants.map((p) => [p.id, { kind: 'radar', attributes: Object.fromEntries(attributes.map((a) => [a, Math.round(next() * 20) * 5])) }]),
      )
      efqmConsensus[item.id] = { rating: { kind: 'quick', score: Math.round(next() * 20) * 5 } }
    }
  }
  const isoRatings: Record<string, Record<string, IsoRating>> = {}
  const isoConsensus: Record<string, { rating: IsoRating }> = {}
  for (const item of allItems(isoFramework)) {
    isoRatings[item.id] = Object.fromEntries(participants.map((p) => [p.id, { kind: 'level', level: Math.floor(next() * 6) }]))
    isoConsensus[item.id] = { rating: { kind: 'level', level: Math.floor(next() * 6) } }
  }
  return {
    participants,
    target: { customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 },
    efqm: { framework: efqmFramework, ratings: efqmRatings, consensus: efqmConsensus },
    iso: { framework: isoFramework, ratings: isoRatings, consensus: isoConsensus },
  }
}
