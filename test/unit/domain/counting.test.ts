import { describe, expect, it } from 'vitest'
import { newAssessment, type Assessment, type ItemResponse } from '../../../common/contract/assessment-schema'
import { countingProgress, countItem, draftJustification, votesNeeded } from '../../../common/domain/counting'
import { summariseItem, type Participant } from '../../../common/domain/team'
import { computeWorkshopResults } from '../../../common/domain/workshop-results'
import { countAssessmentItem, toWorkshopInput } from '../../../common/domain/workshop-input'
import { efqmFramework, isoFramework } from '../../support/workshop-fixture'

const team: Participant[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => ({ id, name: id.toUpperCase(), role: i === 0 ? 'leadership' : 'staff' }))
const levels = (...values: Array<number | 'n'>) =>
  Object.fromEntries(values.map((v, i) => [team[i]!.id, v === 'n' ? { kind: 'not-applicable' as const, justification: '' } : { kind: 'level' as const, level: v }]))
const response = (ratings: ItemResponse['ratings'], extra: Partial<ItemResponse> = {}): ItemResponse => ({ ratings, notes: {}, evidence: [], strengths: [], afis: [], flagged: false, ...extra })

function assessment(responses: Record<string, ItemResponse>, countingShare?: number): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000013', title: 'Counting', now: '2026-12-04T09:00:00.000Z' }),
    frameworks: ['iso-9001-2015'],
    setupComplete: true,
    participants: team,
    responses: { 'iso-9001-2015': responses },
    ...(countingShare === undefined ? {} : { countingShare }),
  }
}

describe('votes needed for a proposal to stand', () => {
  it('is everyone by default, a share rounded up otherwise, and never less than one', () => {
    expect(votesNeeded(7)).toBe(7)
    expect(votesNeeded(7, 0.5)).toBe(4) // 3.5 → 4
    expect(votesNeeded(10, 0.7)).toBe(7) // 7.000000000000001 in binary is still 7
    expect(votesNeeded(3, 0.1)).toBe(1)
    expect(votesNeeded(0)).toBe(Infinity) // with nobody on the team, only an agreed value counts
  })
})

describe('which items count', () => {
  const summary = (ratings: ItemResponse['ratings']) => summariseItem(isoFramework, '4.1', ratings, team)

  it('an item with some votes but not all is in progress: it proposes the median but counts nothing', () => {
    const count = countItem(summary(levels(3, 3, 4)), undefined, 7)
    expect(count).toMatchObject({ state: 'in-progress', votes: 3, needed: 7, proposal: 3, value: null, source: null })
  })

  it('counts the proposed median once everyone has voted, N/A votes included', () => {
    // levels 3 3 4 3 4 (N/A ×2 leave the median alone): median 3 → proposed 3
    expect(countItem(summary(levels(3, 3, 4, 'n', 3, 4, 'n')), undefined, 7)).toMatchObject({ state: 'counted', votes: 7, value: 3, source: 'proposed' })
  })

  it('counts on a share of the team when the facilitator set one', () => {
    expect(countItem(summary(levels(2, 4, 4, 5)), undefined, 7, 0.5)).toMatchObject({ state: 'counted', needed: 4, value: 4, source: 'proposed' })
    expect(countItem(summary(levels(2, 4, 4)), undefined, 7, 0.5).state).toBe('in-progress')
  })

  it('counts an agreed value whatever the number of votes, and says when it departs from the proposal', () => {
    expect(countItem(summary(levels(3)), { kind: 'level', level: 2, rationale: 'Audit found gaps' }, 7)).toMatchObject({
      state: 'counted',
      value: 2,
      source: 'agreed',
      proposal: 3,
      differsFromProposal: true,
    })
    expect(countItem(summary({}), { kind: 'level', level: 4, rationale: '' }, 7)).toMatchObject({ state: 'counted', votes: 0, value: 4, differsFromProposal: false })
  })

  it('proposes N/A only when every vote is N/A', () => {
    expect(countItem(summary(levels('n', 'n', 'n', 'n', 'n', 'n', 'n')), undefined, 7)).toMatchObject({ state: 'counted', proposal: 'not-applicable', value: 'not-applicable' })
    expect(countItem(summary(levels('n', 'n', 2)), undefined, 7).proposal).toBe(2)
  })

  it('an item nobody voted on is open', () => {
    expect(countItem(summary({}), undefined, 7)).toMatchObject({ state: 'open', votes: 0, proposal: null })
    expect(countingProgress([{ state: 'open' }, { state: 'in-progress' }, { state: 'counted' }, { state: 'counted' }])).toEqual({ counted: 2, inProgress: 1, open: 1, total: 4 })
  })
})

describe('the people’s N/A reasons as the team’s draft', () => {
  it('keeps each reason once, with the names of everyone who gave it, and skips empty ones', () => {
    expect(
      draftJustification([
        { name: 'Ana', reason: 'We design nothing' },
        { name: 'Ben', reason: '' },
        { name: 'Cleo', reason: ' we design nothing ' },
        { name: 'Dev', reason: 'Outsourced' },
      ]),
    ).toBe('We design nothing (Ana, Cleo)\nOutsourced (Dev)')
  })

  it('names nobody when the names are hidden from the room (empty names)', () => {
    expect(
      draftJustification([
        { name: '', reason: 'We design nothing' },
        { name: '', reason: 'we design nothing' },
        { name: '', reason: 'Outsourced' },
      ]),
    ).toBe('We design nothing\nOutsourced')
  })
})

describe('the scores follow the counting rule', () => {
  it('a unit only one participant voted on (an imported file) feeds no score; it is in progress', () => {
    const doc = assessment({ '4.1': response(levels(5)), '4.2': response(levels(3, 3, 3, 3, 3, 3, 3)) })
    const results = computeWorkshopResults(toWorkshopInput(doc, [isoFramework]))
    expect(results.iso!.score.overall).toMatchObject({ assessed: 1, conforming: 1, unanswered: 55 })
    expect(results.iso!.score.units['4.1']).toBeUndefined()
    expect(results.iso!.progress).toEqual({ counted: 1, inProgress: 1, open: 54, total: 56 })
    expect(results.iso!.states['4.1']).toBe('in-progress')
    expect(countAssessmentItem(isoFramework, '4.1', doc).count.state).toBe('in-progress')
  })

  it('with a share of one half, the same unit counts once four of seven have voted', () => {
    const doc = assessment({ '4.1': response(levels(5, 4, 4, 1)) }, 0.5)
    expect(computeWorkshopResults(toWorkshopInput(doc, [isoFramework])).iso!.score.units['4.1']).toEqual({ level: 4, notApplicable: false, conforms: true })
  })

  it('a unit everyone marked N/A counts as not applicable, justified by the people’s reasons', () => {
    const ratings = levels('n', 'n', 'n', 'n', 'n', 'n', 'n')
    ratings['a'] = { kind: 'not-applicable', justification: 'No design work' }
    const input = toWorkshopInput(assessment({ '8.3.1': response(ratings) }), [isoFramework])
    expect(input.iso!.consensus['8.3.1']).toEqual({ rating: { kind: 'not-applicable', justification: 'No design work (A)' } })
    expect(computeWorkshopResults(input).iso!.score.overall.notApplicable).toBe(1)
  })

  it('an EFQM part with half the votes is left out of the total until the rest vote', () => {
    const doc: Assessment = {
      ...assessment({}),
      frameworks: ['efqm-2025'],
      responses: { 'efqm-2025': { '1.1': response({ a: { kind: 'quick', score: 80 }, b: { kind: 'quick', score: 60 } }) } },
    }
    const results = computeWorkshopResults(toWorkshopInput(doc, [efqmFramework]))
    expect(results.efqm!.score.parts['1.1']).toBeUndefined()
    expect(results.efqm!.progress.inProgress).toBe(1)
  })
})
