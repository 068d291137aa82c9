import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment, type ItemResponse } from '../../../common/contract/assessment-schema'
import type { ItemCount } from '../../../common/domain/counting'
import { summariseItem } from '../../../common/domain/team'
import { consensusProblem, notApplicableDraft, proposalAsConsensus, scorableRatings, toWorkshopInput } from '../../../common/domain/workshop-input'
import { efqmFramework, isoFramework } from '../../support/workshop-fixture'

// Two people; by default both must vote for the proposed median to count.
const team = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
]
const response = (extra: Partial<ItemResponse>): ItemResponse => ({ ...emptyItemResponse(), ...extra })
function doc(responses: { efqm?: Record<string, Partial<ItemResponse>>; iso?: Record<string, Partial<ItemResponse>> }, extra: Partial<Assessment> = {}): Assessment {
  const build = (items: Record<string, Partial<ItemResponse>> = {}) => Object.fromEntries(Object.entries(items).map(([id, r]) => [id, response(r)]))
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000018', title: 'Input', now: '2026-12-04T09:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    setupComplete: true,
    participants: team,
    responses: { 'efqm-2025': build(responses.efqm), 'iso-9001-2015': build(responses.iso) },
    ...extra,
  }
}
const quick = (score: number) => ({ kind: 'quick' as const, score })
const level = (value: number) => ({ kind: 'level' as const, level: value })
const notApplicable = (justification: string) => ({ kind: 'not-applicable' as const, justification })
const count = (fields: Partial<ItemCount>): ItemCount => ({ state: 'counted', votes: 2, needed: 2, proposal: null, value: null, source: 'proposed', differsFromProposal: false, ...fields })

describe('the engine’s EFQM input from the stored document', () => {
  const efqmConsensus = (items: Record<string, Partial<ItemResponse>>, extra: Partial<Assessment> = {}) => toWorkshopInput(doc({ efqm: items }, extra), [efqmFramework]).efqm!.consensus

  it('a proposal standing on every vote, or agreed as it stands, is scored as the value alone', () => {
    // 60 and 40 → median 50, both voted: counts as 50. 70 and 70 agreed at 70: no override.
    expect(
      efqmConsensus({
        '1.1': { ratings: { ana: quick(60), ben: quick(40) } },
        '1.2': { ratings: { ana: quick(70), ben: quick(70) }, consensus: { kind: 'score', score: 70, rationale: 'As proposed' } },
      }),
    ).toEqual({ '1.1': { rating: quick(50) }, '1.2': { rating: quick(70) } })
  })

  it('an agreed score departing from the proposal with a rationale overrides the proposal', () => {
    // Proposed 50 (60, 40), agreed 35 with a rationale → the rating is the proposal, the override the agreed value.
    expect(efqmConsensus({ '1.1': { ratings: { ana: quick(60), ben: quick(40) }, consensus: { kind: 'score', score: 35, rationale: 'One site only' } } })).toEqual({
      '1.1': { rating: quick(50), override: { score: 35, rationale: 'One site only' } },
    })
  })

  it('an agreed score with a blank rationale, or with no votes to depart from, is taken as the value alone', () => {
    expect(
      efqmConsensus({
        '1.1': { ratings: { ana: quick(60), ben: quick(40) }, consensus: { kind: 'score', score: 35, rationale: '   ' } },
        '1.2': { consensus: { kind: 'score', score: 45, rationale: 'Agreed in the room' } },
      }),
    ).toEqual({ '1.1': { rating: quick(35) }, '1.2': { rating: quick(45) } })
  })

  it('leaves out parts in progress, unanswered, or agreed as not applicable', () => {
    expect(
      efqmConsensus({
        '1.1': { ratings: { ana: quick(60) } },
        '1.2': {},
        '1.3': { ratings: { ana: quick(60), ben: quick(40) }, consensus: notApplicable('Not for us') },
      }),
    ).toEqual({})
  })

  it('passes the document’s stakeholder weights to the scoring', () => {
    const weights = { '3': { customers: 0.5, people: 0.5, owners: 0, partners: 0, society: 0, regulators: 0 } }
    expect(toWorkshopInput(doc({}, { stakeholderWeights: weights }), [efqmFramework]).efqm!.options).toEqual({ stakeholderWeights: weights })
  })
})

describe('the engine’s ISO input from the stored document', () => {
  const isoConsensus = (items: Record<string, Partial<ItemResponse>>) => toWorkshopInput(doc({ iso: items }), [isoFramework]).iso!.consensus

  it('a unit agreed as not applicable keeps the team’s justification, whatever the votes', () => {
    expect(isoConsensus({ '8.3.1': { ratings: { ana: level(2) }, consensus: notApplicable('We build to customer drawings') } })).toEqual({
      '8.3.1': { rating: notApplicable('We build to customer drawings') },
    })
  })

  it('a unit everyone marked not applicable takes the people’s reasons, with their names, as the justification', () => {
    expect(isoConsensus({ '8.3.1': { ratings: { ana: notApplicable('No design'), ben: notApplicable('We do no design') } } })).toEqual({
      '8.3.1': { rating: notApplicable('No design (Ana)\nWe do no design (Ben)') },
    })
  })

  it('without any reasons given, the justification says everyone marked it not applicable', () => {
    expect(isoConsensus({ '8.3.1': { ratings: { ana: notApplicable(''), ben: notApplicable(' ') } } })).toEqual({
      '8.3.1': { rating: notApplicable('All 2 participants marked it not applicable.') },
    })
  })

  it('a finding is kept on a unit that counts, one in progress and one without votes; a bare unit is left out', () => {
    // 4.1: 3 and 3 → level 3 counted. 4.2: one vote of two → in progress. 4.3: no votes, a finding. 4.4: nothing.
    expect(
      isoConsensus({
        '4.1': { ratings: { ana: level(3), ben: level(3) }, finding: 'observation' },
        '4.2': { ratings: { ana: level(1) }, finding: 'minor-nonconformity' },
        '4.3': { finding: 'opportunity' },
        '4.4': { ratings: { ana: level(4) } },
      }),
    ).toEqual({
      '4.1': { rating: level(3), finding: 'observation' },
      '4.2': { finding: 'minor-nonconformity' },
      '4.3': { finding: 'opportunity' },
    })
  })
})

describe('gathering ratings and draft justifications', () => {
  it('keeps complete ratings from people on the team and drops the rest', () => {
    const ratings = { ana: quick(60), ben: { kind: 'radar' as const, attributes: { sound: 50 } }, zoe: quick(80) }
    expect(scorableRatings(efqmFramework, '1.1', response({ ratings }), team)).toEqual({ ana: quick(60) })
  })

  it('a rating that is not a rating at all is a bug, not a half-filled vote: it is not dropped silently', () => {
    expect(() => scorableRatings(efqmFramework, '1.1', response({ ratings: { ana: null as never } }), team)).toThrow(TypeError)
  })

  it('the draft justification names the people, unless the room hides names', () => {
    const stored = response({ ratings: { ana: notApplicable('No design'), ben: notApplicable('No design') } })
    const summary = summariseItem(isoFramework, '8.3.1', stored.ratings, team)
    expect(notApplicableDraft(stored, summary, team)).toBe('No design (Ana, Ben)')
    expect(notApplicableDraft(stored, summary, team, false)).toBe('No design')
    // Without a stored response there are no reasons to gather.
    expect(notApplicableDraft(undefined, summary, team)).toBe('')
  })
})

describe('agreeing the proposal as it stands', () => {
  it('there is nothing to agree without a proposal', () => {
    expect(proposalAsConsensus('radar', count({ state: 'open', votes: 0, proposal: null }), 'ignored')).toBeNull()
  })

  it('an all-N/A proposal becomes N/A with the trimmed justification', () => {
    expect(proposalAsConsensus('maturity', count({ proposal: 'not-applicable', value: 'not-applicable' }), '  No design (Ana)  ')).toEqual(notApplicable('No design (Ana)'))
  })

  it('a RADAR proposal becomes a score, a maturity proposal a level, each with an empty rationale', () => {
    expect(proposalAsConsensus('radar', count({ proposal: 55, value: 55 }), 'ignored')).toEqual({ kind: 'score', score: 55, rationale: '' })
    expect(proposalAsConsensus('maturity', count({ proposal: 3, value: 3 }), 'ignored')).toEqual({ kind: 'level', level: 3, rationale: '' })
  })
})

describe('whether a consensus may be recorded', () => {
  it('not applicable needs a justification that is more than spaces', () => {
    expect(consensusProblem(notApplicable('  '), null)).toBe('Say why this unit does not apply.')
    expect(consensusProblem(notApplicable('No design'), 3)).toBeNull()
  })

  it('a value departing from the proposal needs a rationale that is more than spaces', () => {
    expect(consensusProblem({ kind: 'score', score: 40, rationale: '  ' }, 55)).toBe('The team’s value differs from the proposed 55: write down why.')
    expect(consensusProblem({ kind: 'level', level: 2, rationale: '' }, 3)).toBe('The team’s value differs from the proposed 3: write down why.')
    expect(consensusProblem({ kind: 'score', score: 40, rationale: 'One site only' }, 55)).toBeNull()
    expect(consensusProblem({ kind: 'level', level: 2, rationale: 'Gaps found' }, 3)).toBeNull()
  })

  it('a value equal to the proposal, or with no proposal, needs no rationale', () => {
    expect(consensusProblem({ kind: 'score', score: 55, rationale: '' }, 55)).toBeNull()
    expect(consensusProblem({ kind: 'level', level: 3, rationale: '' }, 3)).toBeNull()
    expect(consensusProblem({ kind: 'score', score: 40, rationale: '' }, null)).toBeNull()
  })
})
