import { newAssessment, type Assessment, type ItemResponse } from '../../common/contract/assessment-schema'
import { elementsFor } from '../../common/domain/radar'
import { efqmFramework, isoFramework } from './workshop-fixture'

/**
 * A large, realistic assessment document: both frameworks, `participants` people, every item
 * rated by everyone, a consensus, and a line of evidence, strength and AFI on each item.
 * EFQM votes are quick part scores, or with `efqmVotes: 'radar'` every RADAR attribute.
 */
export function fullAssessment(id: string, participants = 20, options: { efqmVotes?: 'quick' | 'radar' } = {}): Assessment {
  const fullRadar = options.efqmVotes === 'radar'
  let seed = 11
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const people = Array.from({ length: participants }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Participant ${i + 1}`,
    role: (['leadership', 'staff', 'staff', 'external'] as const)[i % 4]!,
  }))
  const entry = (text: string) => [{ id: `e${Math.floor(next() * 1e9)}`, text }]
  const responses: Assessment['responses'] = { 'efqm-2025': {}, 'iso-9001-2015': {} }
  for (const framework of [efqmFramework, isoFramework]) {
    const radar = framework.scoring === 'radar'
    for (const section of framework.sections) {
      const attributes = fullRadar && radar ? elementsFor(framework, section).flatMap((e) => e.attributes.map((a) => a.id)) : []
      for (const item of section.items) {
        const vote = (): ItemResponse['ratings'][string] =>
          !radar
            ? { kind: 'level', level: Math.floor(next() * 6) }
            : fullRadar
              ? { kind: 'radar', attributes: Object.fromEntries(attributes.map((a) => [a, Math.round(next() * 20) * 5])) }
              : { kind: 'quick', score: Math.round(next() * 20) * 5 }
        const response: ItemResponse = {
          ...(fullRadar && radar ? { mode: 'radar' as const } : {}),
          ratings: Object.fromEntries(people.map((p) => [p.id, vote()])),
          notes: Object.fromEntries(people.slice(0, 3).map((p) => [p.id, `Note from ${p.name} on ${item.id}.`])),
          consensus: radar ? { kind: 'score', score: 50, rationale: '' } : { kind: 'level', level: 3, rationale: '' },
          evidence: entry(`Evidence for ${item.id}: policy, minutes and measures reviewed in the workshop.`),
          strengths: entry(`A strength seen in ${item.id}.`),
          afis: entry(`An area for improvement in ${item.id}.`),
          flagged: next() < 0.1,
        }
        responses[framework.id]![item.id] = response
      }
    }
  }
  return {
    ...newAssessment({ id, title: 'Full workshop', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: people,
    setupComplete: true,
    responses,
  }
}
