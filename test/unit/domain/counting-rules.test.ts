import { describe, expect, it } from 'vitest'
import type { ItemResponse } from '../../../common/contract/assessment-schema'
import { consensusValue, countItem, draftJustification, partialVotesSentence } from '../../../common/domain/counting'
import { summariseItem, type Participant } from '../../../common/domain/team'
import { isoFramework } from '../../support/workshop-fixture'

const team: Participant[] = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), role: 'staff' }))
const levels = (...values: number[]): ItemResponse['ratings'] => Object.fromEntries(values.map((v, i) => [team[i]!.id, { kind: 'level' as const, level: v }]))
const summary = (ratings: ItemResponse['ratings']) => summariseItem(isoFramework, '4.1', ratings, team)

describe('the value of an agreed consensus', () => {
  it('is the score, the level, or not applicable', () => {
    expect(consensusValue({ kind: 'score', score: 65, rationale: '' })).toBe(65)
    expect(consensusValue({ kind: 'level', level: 4, rationale: '' })).toBe(4)
    expect(consensusValue({ kind: 'not-applicable', justification: 'No design work' })).toBe('not-applicable')
  })
})

describe('a proposal standing on votes never differs from itself', () => {
  it('counted on everyone’s votes: the value is the proposal, not marked as departing from it', () => {
    // levels 2, 3, 5: median 3
    expect(countItem(summary(levels(2, 3, 5)), undefined, 3)).toEqual({
      state: 'counted',
      votes: 3,
      needed: 3,
      proposal: 3,
      value: 3,
      source: 'proposed',
      differsFromProposal: false,
    })
  })

  it('in progress and open items do not depart from anything either', () => {
    expect(countItem(summary(levels(2)), undefined, 3)).toEqual({ state: 'in-progress', votes: 1, needed: 3, proposal: 2, value: null, source: null, differsFromProposal: false })
    expect(countItem(summary({}), undefined, 3)).toEqual({ state: 'open', votes: 0, needed: 3, proposal: null, value: null, source: null, differsFromProposal: false })
  })

  it('an agreed value equal to the proposal does not depart from it', () => {
    expect(countItem(summary(levels(3, 3)), { kind: 'level', level: 3, rationale: '' }, 3).differsFromProposal).toBe(false)
    expect(countItem(summary(levels(3, 3)), { kind: 'not-applicable', justification: 'Out of scope' }, 3)).toMatchObject({ value: 'not-applicable', differsFromProposal: true })
  })
})

describe('the sentence on partial votes', () => {
  it('is null when no item is in progress', () => {
    expect(partialVotesSentence('ISO 9001', { counted: 4, inProgress: 0, open: 2, total: 6 })).toBeNull()
  })

  it('names the framework and counts the items in progress, one or many', () => {
    expect(partialVotesSentence('ISO 9001', { counted: 4, inProgress: 1, open: 2, total: 7 })).toBe('ISO 9001: 1 item has partial votes and is not counted yet.')
    expect(partialVotesSentence('EFQM', { counted: 0, inProgress: 5, open: 0, total: 5 })).toBe('EFQM: 5 items have partial votes and are not counted yet.')
  })
})

describe('the draft justification merges reasons that differ only in case', () => {
  it('compares lower-cased text, so ß and SS stay apart', () => {
    // "STRASSE".toLocaleLowerCase() is "strasse", "Straße" is "straße": two reasons
    expect(
      draftJustification([
        { name: 'Ana', reason: 'Straße' },
        { name: 'Ben', reason: 'STRASSE' },
        { name: 'Chloé', reason: 'straße' },
      ]),
    ).toBe('Straße (Ana, Chloé)\nSTRASSE (Ben)')
  })
})
