import { describe, expect, it } from 'vitest'
import isoJson from '../../../assets/frameworks/iso-9001-2015.json'
import { explanationLines } from '../../../common/domain/explanation'
import { parseFramework } from '../../../common/domain/framework'
import { scoreIso } from '../../../common/domain/iso-scoring'
import { miniMaturity } from '../../support/mini-frameworks'

const mini = miniMaturity()
const level = (value: number) => ({ kind: 'level' as const, level: value })

describe('ISO conformity and maturity', () => {
  const result = scoreIso(mini, {
    u1: { rating: level(3) },
    u2: { rating: level(1), finding: 'minor-nonconformity' },
    u3: { rating: { kind: 'not-applicable', justification: 'No design work: we build to customer drawings' } },
    u4: { rating: level(5) },
    u5: { finding: 'opportunity' },
  })

  it('marks a unit conforming from level 3', () => {
    expect(result.units).toEqual({
      u1: { level: 3, notApplicable: false, conforms: true },
      u2: { level: 1, notApplicable: false, conforms: false },
      u3: { level: null, notApplicable: true, conforms: null },
      u4: { level: 5, notApplicable: false, conforms: true },
    })
  })

  it('overall: readiness = conforming ÷ applicable assessed, maturity = mean level ÷ 5 × 100', () => {
    // assessed u1 3, u2 1, u4 5 (u3 not applicable, u5 unanswered): conforming 2 of 3 → 66.7 %;
    // mean level (3 + 1 + 5) ÷ 3 = 3 → 3 ÷ 5 × 100 = 60
    expect(result.overall).toMatchObject({ assessed: 3, conforming: 2, notApplicable: 1, unanswered: 1, maturityIndex: 60 })
    expect(result.overall.readiness).toBeCloseTo(2 / 3, 12)
    expect(explanationLines(result.overall.explanation)).toEqual([
      'Mini maturity: readiness 66.7 %, maturity index 60 (1 not applicable, 1 not yet assessed; left out of both figures)',
      '  Readiness: 66.7 % (2 of 3 applicable assessed units at level 3 or above)',
      '  Maturity index: 60 (mean level (3 + 1 + 5) ÷ 3 = 3, ÷ 5 × 100)',
    ])
  })

  it('per clause: S1 (3, 1) → 50 % and 40; S2 (5) → 100 % and 100', () => {
    expect(result.clauses.map((c) => [c.id, c.readiness, c.maturityIndex])).toEqual([
      ['S1', 0.5, 40],
      ['S2', 1, 100],
    ])
  })

  it('counts findings by type', () => {
    expect(result.findings).toEqual({ 'major-nonconformity': 0, 'minor-nonconformity': 1, observation: 0, opportunity: 1 })
  })

  it('shows an unassessed framework as not assessed, not as zero', () => {
    expect(scoreIso(mini, {}).overall).toMatchObject({ assessed: 0, readiness: null, maturityIndex: null, unanswered: 5 })
  })

  it('rejects level 7, a fractional level, a not-applicable without justification, and an unknown unit', () => {
    const iso = parseFramework(isoJson)
    expect(() => scoreIso(iso, { '4.1': { rating: level(7) } })).toThrow('An ISO maturity level must be a whole number from 0 to 5; 7 is not on the scale.')
    expect(() => scoreIso(iso, { '4.1': { rating: level(2.5) } })).toThrow('2.5 is not on the scale')
    expect(() => scoreIso(iso, { '8.3.1': { rating: { kind: 'not-applicable', justification: ' ' } } })).toThrow('Marking a unit as not applicable needs a written rationale.')
    expect(() => scoreIso(iso, { '11.1': { rating: level(3) } })).toThrow('There is no item "11.1" in ISO 9001 (2015 with Amendment 1:2024).')
    expect(() => scoreIso(iso, { '4.1': { finding: 'catastrophe' as never } })).toThrow('"catastrophe" is not a finding type.')
  })
})
