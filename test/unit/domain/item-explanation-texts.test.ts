import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment, type ItemResponse } from '../../../common/contract/assessment-schema'
import { explanationLines } from '../../../common/domain/explanation'
import { explainItemScore } from '../../../common/domain/item-explanation'
import { efqmFramework, isoFramework } from '../../support/workshop-fixture'

// Two people; by default every one of them must vote for the proposed median to count.
const team = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
]
function doc(frameworkId: string, responses: Record<string, Partial<ItemResponse>>): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000017', title: 'Why', now: '2026-12-04T09:00:00.000Z' }),
    frameworks: [frameworkId],
    setupComplete: true,
    participants: team,
    responses: { [frameworkId]: Object.fromEntries(Object.entries(responses).map(([id, r]) => [id, { ...emptyItemResponse(), ...r }])) },
  }
}
const why = (responses: Partial<ItemResponse> | null) => explanationLines(explainItemScore(isoFramework, '6.2', doc('iso-9001-2015', responses ? { '6.2': responses } : {})))
const level = (value: number) => ({ kind: 'level' as const, level: value })
const notApplicable = (justification: string) => ({ kind: 'not-applicable' as const, justification })
// The votes 2 and 2 (Ana leads, Ben is staff): median 2, range 0, gap 0.
const votesTwoTwo = ['  Proposed consensus for 6.2: 2 (median of 2, 2 = 2)', '    Spread: range 0 (2 − 2; disagreement from a range of 2)', '    Leader − staff gap: 0 (mean of leadership (2) − mean of staff (2))']

describe('why an item scores what it does', () => {
  it('an item nobody has voted on and the team has not agreed is not assessed, with or without a stored response', () => {
    expect(why({})).toEqual(['6.2 Quality objectives: not assessed (nobody has voted and the team has agreed nothing yet)'])
    expect(why(null)).toEqual(['6.2 Quality objectives: not assessed (nobody has voted and the team has agreed nothing yet)'])
  })

  it('an item the team agreed as not applicable quotes the justification, above the votes', () => {
    // Ana N/A, Ben 2: the level votes propose 2; the team agreed N/A anyway.
    expect(why({ ratings: { ana: notApplicable('No design'), ben: level(2) }, consensus: notApplicable('Design is done by the customer') })).toEqual([
      '6.2 Quality objectives: not applicable (agreed by the team as not applicable: “Design is done by the customer”)',
      '  Proposed consensus for 6.2: 2 (median of 2 = 2)',
      '    Spread: range 0 (2 − 2; disagreement from a range of 2)',
    ])
  })

  it('an agreed value without any votes says no votes were recorded, quoting a rationale when there is one', () => {
    expect(why({ consensus: { kind: 'level', level: 2, rationale: '' } })).toEqual(['6.2 Quality objectives: level 2 (agreed by the team; no votes were recorded)'])
    expect(why({ consensus: { kind: 'level', level: 2, rationale: '  Seen in the audit  ' } })).toEqual([
      '6.2 Quality objectives: level 2 (agreed by the team, with no votes recorded: “Seen in the audit”)',
    ])
  })

  it('an agreed value equal to the proposal quotes a trimmed rationale, and a blank one as none', () => {
    expect(why({ ratings: { ana: level(2), ben: level(2) }, consensus: { kind: 'level', level: 2, rationale: ' Both sites measured ' } })).toEqual([
      '6.2 Quality objectives: level 2 (agreed by the team, the proposed value: “Both sites measured”)',
      ...votesTwoTwo,
    ])
    expect(why({ ratings: { ana: level(2), ben: level(2) }, consensus: { kind: 'level', level: 2, rationale: '   ' } })).toEqual([
      '6.2 Quality objectives: level 2 (agreed by the team, the proposed value)',
      ...votesTwoTwo,
    ])
  })

  it('an agreed value over the proposal quotes the rationale trimmed', () => {
    expect(why({ ratings: { ana: level(2), ben: level(2) }, consensus: { kind: 'level', level: 4, rationale: '  Audit passed  ' } })[0]).toBe(
      '6.2 Quality objectives: level 4 (agreed by the team instead of the proposed level 2: “Audit passed”)',
    )
  })

  it('when every vote is not applicable, the proposal is not applicable, with no vote figures beneath', () => {
    expect(why({ ratings: { ana: notApplicable('x'), ben: notApplicable('') } })).toEqual(['6.2 Quality objectives: not applicable (proposed: all 2 votes are not applicable)'])
  })

  it('a proposed ISO level lists the votes with their spread and gap, and no RADAR grids', () => {
    // 3 and 4 → median 3.5, snapped down to 3; range 1; leadership 3 − staff 4 = −1.
    expect(why({ ratings: { ana: level(3), ben: level(4) } })).toEqual([
      '6.2 Quality objectives: level 3 (the proposed median of 2 votes (2 needed), counting until the team records its own value)',
      '  Proposed consensus for 6.2: 3 (median of 3, 4 = 3.5, snapped down to the scale step of 1)',
      '    Spread: range 1 (4 − 3; disagreement from a range of 2)',
      '    Leader − staff gap: -1 (mean of leadership (3) − mean of staff (4))',
    ])
  })

  it('quick EFQM part scores are votes only: no full RADAR grid is listed under them', () => {
    // 60 and 40 → median 50; range 20; leadership 60 − staff 40 = 20.
    const lines = explanationLines(explainItemScore(efqmFramework, '1.2', doc('efqm-2025', { '1.2': { ratings: { ana: { kind: 'quick', score: 60 }, ben: { kind: 'quick', score: 40 } } } })))
    expect(lines).toEqual([
      '1.2 Understand the ecosystem, own capabilities and challenges: 50 (the proposed median of 2 votes (2 needed), counting until the team records its own value)',
      '  Proposed consensus for 1.2: 50 (median of 60, 40 = 50)',
      '    Spread: range 20 (60 − 40; disagreement from a range of 30)',
      '    Leader − staff gap: 20 (mean of leadership (60) − mean of staff (40))',
    ])
  })
})
