import { scoreEfqm } from '../../../../common/domain/efqm-scoring'
import type { Framework } from '../../../../common/domain/framework'
import { scoreIso } from '../../../../common/domain/iso-scoring'
import { summariseItem, type Participant } from '../../../../common/domain/team'

/**
 * Sample answers run through the real engine, so the Method page shows the same arithmetic the
 * app uses, not a description of it.
 */
export function radarExample(efqm: Framework) {
  const [part] = efqm.sections[0]!.items
  const attributes = { sound: 60, integrated: 70, implemented: 50, structured: 45, measurement: 40, learningCreativity: 35, improvementInnovation: 30 }
  const result = scoreEfqm(efqm, {
    [part!.id]: { rating: { kind: 'radar', attributes } },
    [efqm.sections[0]!.items[1]!.id]: { rating: { kind: 'quick', score: 40 } },
  })
  return result.criteria[0]!
}

export function isoExample(iso: Framework) {
  const clause = iso.sections[0]!
  const levels = [3, 2, 4]
  const consensus = Object.fromEntries(
    clause.items.map((item, index) => [
      item.id,
      { rating: index < levels.length ? { kind: 'level' as const, level: levels[index]! } : { kind: 'not-applicable' as const, justification: 'Example' } },
    ]),
  )
  return scoreIso(iso, consensus).clauses[0]!
}

export function teamExample(framework: Framework) {
  const participants: Participant[] = [
    { id: 'a', name: 'Leader A', role: 'leadership' },
    { id: 'b', name: 'Leader B', role: 'leadership' },
    { id: 'c', name: 'Staff C', role: 'staff' },
    { id: 'd', name: 'Staff D', role: 'staff' },
  ]
  const scores = [70, 60, 35, 45]
  const item = framework.sections[0]!.items[0]!
  return summariseItem(
    framework,
    item.id,
    Object.fromEntries(participants.map((p, i) => [p.id, { kind: 'quick' as const, score: scores[i]! }])),
    participants,
  )
}

