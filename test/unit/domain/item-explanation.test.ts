import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment, type ItemResponse } from '../../../common/contract/assessment-schema'
import { explanationLines } from '../../../common/domain/explanation'
import { explainItemScore } from '../../../common/domain/item-explanation'
import { efqmFramework, isoFramework } from '../../support/workshop-fixture'

const team = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
]
function doc(frameworkId: string, itemId: string, response: Partial<ItemResponse>): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000016', title: 'Why', now: '2026-12-04T09:00:00.000Z' }),
    frameworks: [frameworkId],
    setupComplete: true,
    participants: team,
    responses: { [frameworkId]: { [itemId]: { ...emptyItemResponse(), ...response } } },
  }
}
const grid = (value: number) => ({ sound: value, integrated: value, implemented: value, structured: value, measurement: value, learningCreativity: value, improvementInnovation: value })

describe('why this score follows the rating that counted', () => {
  it('a part scored in full RADAR shows each person’s attributes, not “entered as a quick part score”', () => {
    const assessment = doc('efqm-2025', '1.2', { mode: 'radar', ratings: { ana: { kind: 'radar', attributes: grid(60) }, ben: { kind: 'radar', attributes: grid(40) } } })
    const lines = explanationLines(explainItemScore(efqmFramework, '1.2', assessment))
    // 60 and 40 → median 50, from both votes
    expect(lines[0]).toMatch(/^1\.2 .*: 50 \(the proposed median of 2 votes \(2 needed\)/)
    expect(lines.join('\n')).toContain('Ana’s full RADAR grid: 60')
    expect(lines.join('\n')).toContain('Ben’s full RADAR grid: 40')
    expect(lines.join('\n')).not.toContain('quick part score')
  })

  it('an ISO unit agreed at 2 against a proposed 3 names the agreed value, the proposal and the rationale', () => {
    const assessment = doc('iso-9001-2015', '6.2', {
      ratings: { ana: { kind: 'level', level: 3 }, ben: { kind: 'level', level: 3 } },
      consensus: { kind: 'level', level: 2, rationale: 'Not measured yet' },
    })
    expect(explanationLines(explainItemScore(isoFramework, '6.2', assessment))[0]).toBe(
      '6.2 Quality objectives: level 2 (agreed by the team instead of the proposed level 3: “Not measured yet”)',
    )
  })

  it('an item short of votes says it does not count yet, and how many votes it has', () => {
    const assessment = doc('iso-9001-2015', '6.2', { ratings: { ana: { kind: 'level', level: 4 } } })
    expect(explanationLines(explainItemScore(isoFramework, '6.2', assessment))[0]).toMatch(/: not counted yet \(1 of the 2 votes needed;/)
  })
})
