import { describe, expect, it } from 'vitest'
import { explanationLines } from '../../../common/domain/explanation'
import { findingUnits, isNonconformity, scoreIso, type FindingType, type IsoConsensus } from '../../../common/domain/iso-scoring'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

// Mini maturity: S1 "First" (u1 u2 u3) and S2 "Second" (u4 u5). Every score is computed inside its test.
const level = (value: number): IsoConsensus => ({ rating: { kind: 'level', level: value } })
const notApplicable: IsoConsensus = { rating: { kind: 'not-applicable', justification: 'We design nothing' } }

describe('ISO clause and overall explanations', () => {
  it('a clause with a not-applicable unit says so; a fully assessed clause has no rule', () => {
    // S1: u1 3, u2 1, u3 N/A → 1 of 2 conform = 50 %; mean (3 + 1) ÷ 2 = 2 → 2 ÷ 5 × 100 = 40.
    // S2: u4 5, u5 4 → 2 of 2 = 100 %; mean (5 + 4) ÷ 2 = 4.5 → 90.
    // Overall: 3, 1, 5, 4 → 3 of 4 = 75 %; mean 13 ÷ 4 = 3.25 → 65; 1 not applicable.
    const result = scoreIso(miniMaturity(), { u1: level(3), u2: level(1), u3: notApplicable, u4: level(5), u5: level(4) })
    expect(result.clauses.map((clause) => explanationLines(clause.explanation))).toEqual([
      [
        'Clause S1 First: readiness 50 %, maturity index 40 (1 not applicable; left out of both figures)',
        '  Readiness: 50 % (1 of 2 applicable assessed units at level 3 or above)',
        '  Maturity index: 40 (mean level (3 + 1) ÷ 2 = 2, ÷ 5 × 100)',
      ],
      [
        'Clause S2 Second: readiness 100 %, maturity index 90',
        '  Readiness: 100 % (2 of 2 applicable assessed units at level 3 or above)',
        '  Maturity index: 90 (mean level (5 + 4) ÷ 2 = 4.5, ÷ 5 × 100)',
      ],
    ])
    expect(result.clauses.map((c) => [c.id, c.title, c.assessed, c.conforming, c.notApplicable, c.unanswered, c.readiness, c.maturityIndex])).toEqual([
      ['S1', 'First', 2, 1, 1, 0, 0.5, 40],
      ['S2', 'Second', 2, 2, 0, 0, 1, 90],
    ])
    expect(explanationLines(result.overall.explanation)).toEqual([
      'Mini maturity: readiness 75 %, maturity index 65 (1 not applicable; left out of both figures)',
      '  Readiness: 75 % (3 of 4 applicable assessed units at level 3 or above)',
      '  Maturity index: 65 (mean level (3 + 1 + 5 + 4) ÷ 4 = 3.25, ÷ 5 × 100)',
    ])
    expect(result.overall).toMatchObject({ assessed: 4, conforming: 3, readiness: 0.75, maturityIndex: 65 })
  })

  it('unanswered units are named as not yet assessed, and a clause with none assessed reads “not assessed yet”', () => {
    // S1: only u1 at 2 → 0 of 1 conform = 0 %; mean 2 → 40; u2, u3 unanswered. S2: nothing.
    // Overall: the same level, 4 units unanswered.
    const result = scoreIso(miniMaturity(), { u1: level(2) })
    expect(explanationLines(result.clauses[0]!.explanation)).toEqual([
      'Clause S1 First: readiness 0 %, maturity index 40 (2 not yet assessed; left out of both figures)',
      '  Readiness: 0 % (0 of 1 applicable assessed units at level 3 or above)',
      '  Maturity index: 40 (mean level (2) ÷ 1 = 2, ÷ 5 × 100)',
    ])
    expect(explanationLines(result.clauses[1]!.explanation)).toEqual(['Clause S2 Second: not assessed yet'])
    expect(result.clauses[1]).toMatchObject({ assessed: 0, conforming: 0, notApplicable: 0, unanswered: 2, readiness: null, maturityIndex: null })
    expect(explanationLines(result.overall.explanation)[0]).toBe('Mini maturity: readiness 0 %, maturity index 40 (4 not yet assessed; left out of both figures)')
  })

  it('names both not-applicable and unanswered units when there are both', () => {
    // u1 4, u2 N/A, u3–u5 unanswered → 1 of 1 = 100 %; 4 ÷ 5 × 100 = 80.
    const result = scoreIso(miniMaturity(), { u1: level(4), u2: notApplicable })
    expect(explanationLines(result.overall.explanation)[0]).toBe(
      'Mini maturity: readiness 100 %, maturity index 80 (1 not applicable, 3 not yet assessed; left out of both figures)',
    )
    expect(result.overall.maturityIndex).toBe(80)
  })

  it('a framework where nothing is assessed reads “not assessed yet” under its name', () => {
    expect(explanationLines(scoreIso(miniMaturity(), {}).overall.explanation)).toEqual(['Mini maturity: not assessed yet'])
  })
})

describe('ISO findings', () => {
  it('counts each finding type once per unit that records it', () => {
    const result = scoreIso(miniMaturity(), {
      u1: { ...level(1), finding: 'major-nonconformity' },
      u2: { finding: 'major-nonconformity' },
      u4: { ...level(4), finding: 'observation' },
    })
    expect(result.findings).toEqual({ 'major-nonconformity': 2, 'minor-nonconformity': 0, observation: 1, opportunity: 0 })
    expect(result.unitFindings).toEqual({ u1: 'major-nonconformity', u2: 'major-nonconformity', u4: 'observation' })
  })

  it('major and minor findings are nonconformities; observations, opportunities and no finding are not', () => {
    expect(isNonconformity('major-nonconformity')).toBe(true)
    expect(isNonconformity('minor-nonconformity')).toBe(true)
    expect(isNonconformity('observation')).toBe(false)
    expect(isNonconformity('opportunity')).toBe(false)
    expect(isNonconformity(undefined)).toBe(false)
  })

  it('refuses to score a RADAR framework on the maturity scale', () => {
    expect(() => scoreIso(miniRadar(), {})).toThrow('Mini RADAR is not scored on the maturity scale.')
  })
})

describe('which units a findings list shows (findingUnits: the PDF and the results workbook)', () => {
  it('lists recorded findings and units below level 3, in the framework’s order; not N/A, not unanswered, not conforming without a finding', () => {
    // u1 3 (conforms, no finding): out. u2 1: in, below conforming. u3 N/A with an observation: in, for its finding.
    // u4 5 with an opportunity: in. u5 unanswered: out.
    const score = scoreIso(miniMaturity(), { u1: level(3), u2: level(1), u3: notApplicable, u4: level(5) })
    const recorded: Record<string, FindingType> = { u3: 'observation', u4: 'opportunity' }
    const listed = findingUnits(miniMaturity(), score, (itemId) => recorded[itemId])
    expect(listed.map(({ item, finding, unit }) => [item.id, finding ?? null, unit?.level ?? null])).toEqual([
      ['u2', null, 1],
      ['u3', 'observation', null],
      ['u4', 'opportunity', 5],
    ])
  })

  it('lists a unit whose finding is recorded although it is not scored yet', () => {
    const score = scoreIso(miniMaturity(), {})
    expect(findingUnits(miniMaturity(), score, (itemId) => (itemId === 'u5' ? 'minor-nonconformity' : undefined)).map(({ item, unit }) => [item.id, unit])).toEqual([['u5', undefined]])
  })
})
