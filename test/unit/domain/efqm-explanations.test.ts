import { describe, expect, it } from 'vitest'
import { scoreEfqm } from '../../../common/domain/efqm-scoring'
import { explanationLines } from '../../../common/domain/explanation'
import type { Framework } from '../../../common/domain/framework'
import { miniRadar } from '../../support/mini-frameworks'

// Mini RADAR: A "Enablers" (100 points: a1, a2, plain mean) and B "Results" (200 points: b1 customers,
// b2 people, stakeholder-weighted); 300 points in all. Every score is computed inside its test.
const quick = (score: number) => ({ rating: { kind: 'quick' as const, score } })
const weights = (vector: Partial<Record<'customers' | 'people' | 'owners' | 'partners' | 'society' | 'regulators', number>>) => ({
  customers: 0,
  people: 0,
  owners: 0,
  partners: 0,
  society: 0,
  regulators: 0,
  ...vector,
})

describe('EFQM total and criterion explanations', () => {
  it('a complete total lists every criterion as points × %, and each criterion its parts', () => {
    // A: (60 + 40) ÷ 2 = 50 % of 100 → 50 points, both parts answered.
    // B: only b1 = 80, equal weights (1/6 each, shown 0.167): 80 × 1/6 ÷ 1/6 = 80 % of 200 → 160 points, 1 of 2 parts missing.
    // Total 50 + 160 = 210 of 300 = 70 % → comprehensive; both criteria answered, so complete.
    const result = scoreEfqm(mini(), { a1: quick(60), a2: quick(40), b1: quick(80) })
    expect(result).toMatchObject({ total: 210, assessedPoints: 300, complete: true, band: 'comprehensive' })
    expect(explanationLines(result.explanation)).toEqual([
      'Total: 210 of 300 points (Σ criterion points × criterion % ÷ 100 = 100 × 50 % + 200 × 80 %)',
      '  Criterion A Enablers: 50 % → 50 of 100 points (mean of the answered parts: (60 + 40) ÷ 2)',
      '    a1 Item a1: 60 (entered as a quick part score)',
      '    a2 Item a2: 40 (entered as a quick part score)',
      '  Criterion B Results: 80 % → 160 of 200 points (stakeholder-weighted mean of the answered parts: (80 × 0.167) ÷ 0.167; 1 of 2 parts not yet answered)',
      '    b1 Item b1: 80 (entered as a quick part score)',
    ])
  })

  it('an incomplete total says how many points are not yet assessed; an unanswered criterion has no explanation', () => {
    // Only a2 = 40: A 40 % of 100 → 40 points on 1 of 2 parts; B unanswered → 300 − 100 = 200 points missing.
    const result = scoreEfqm(miniRadar(), { a2: quick(40) })
    expect(explanationLines(result.explanation)).toEqual([
      'Total: 40 of 300 points (Σ criterion points × criterion % ÷ 100 = 100 × 40 %; 200 points not yet assessed)',
      '  Criterion A Enablers: 40 % → 40 of 100 points (mean of the answered parts: (40) ÷ 1; 1 of 2 parts not yet answered)',
      '    a2 Item a2: 40 (entered as a quick part score)',
    ])
    expect(result.criteria[1]).toEqual({ id: 'B', title: 'Results', points: 200, percent: null, earned: null, answeredParts: 0, totalParts: 2, overridden: false, explanation: null })
  })

  it('with nothing answered the total is 0 of 300 and says so', () => {
    const result = scoreEfqm(miniRadar(), {})
    expect(explanationLines(result.explanation)).toEqual(['Total: 0 of 300 points (Σ criterion points × criterion % ÷ 100 = nothing answered yet; 300 points not yet assessed)'])
  })

  it('a framework without totalPoints is out of the sum of its criteria points', () => {
    // 100 + 200 = 300; only a2 = 40 answered → 40 of 300, 200 missing.
    const noTotal: Framework = { ...miniRadar(), totalPoints: undefined }
    const result = scoreEfqm(noTotal, { a2: quick(40) })
    expect(explanationLines(result.explanation)[0]).toBe('Total: 40 of 300 points (Σ criterion points × criterion % ÷ 100 = 100 × 40 %; 200 points not yet assessed)')
    // Everything at 50: 150 of 300 = 50 % → ability.
    expect(scoreEfqm(noTotal, { a1: quick(50), a2: quick(50), b1: quick(50), b2: quick(50) }).band).toBe('ability')
  })

  it('a stakeholder-weighted criterion shows each part score × its group weight, over the weight total', () => {
    // customers 0.75, people 0.25: (80 × 0.75 + 20 × 0.25) ÷ 1 = (60 + 5) ÷ 1 = 65 % of 200 → 130 points.
    const result = scoreEfqm(mini(), { b1: quick(80), b2: quick(20) }, { stakeholderWeights: { B: weights({ customers: 0.75, people: 0.25 }) } })
    expect(explanationLines(result.criteria[1]!.explanation!)).toEqual([
      'Criterion B Results: 65 % → 130 of 200 points (stakeholder-weighted mean of the answered parts: (80 × 0.75 + 20 × 0.25) ÷ 1)',
      '  b1 Item b1: 80 (entered as a quick part score)',
      '  b2 Item b2: 20 (entered as a quick part score)',
    ])
  })

  it('falls back to the plain mean of all answered parts when their groups carry no weight', () => {
    // All weight on owners, who have no part: weight total 0, so B = (80 + 20) ÷ 2 = 50 % of 200 → 100 points.
    const result = scoreEfqm(mini(), { b1: quick(80), b2: quick(20) }, { stakeholderWeights: { B: weights({ owners: 1 }) } })
    expect(result.criteria[1]).toMatchObject({ percent: 50, earned: 100, answeredParts: 2 })
    // And it says so, rather than showing a weighted mean divided by 0.
    expect(explanationLines(result.criteria[1]!.explanation!)[0]).toBe(
      'Criterion B Results: 50 % → 100 of 200 points (mean of the answered parts: (80 + 20) ÷ 2, unweighted, because the stakeholder weights fall only on groups whose parts are not answered)',
    )
  })

  it('a stakeholder group on a part outside a weighted criterion does not weight it', () => {
    // a1 names owners, but A is not stakeholder-weighted: plain mean (60 + 40) ÷ 2 = 50 %.
    const framework = mini()
    framework.sections[0]!.items[0]!.stakeholderGroup = 'owners'
    expect(scoreEfqm(framework, { a1: quick(60), a2: quick(40) }).criteria[0]).toMatchObject({ percent: 50, earned: 50 })
  })

  it('a criterion scored as a whole shows its % and points and the team’s rationale, and still counts its answered parts', () => {
    // B as a whole at 55 % of 200 → 110 points; b1 is answered (1 part); total 110 of 300, A missing (100 points).
    const result = scoreEfqm(mini(), { b1: quick(80) }, { criterionOverrides: { B: { score: 55, rationale: 'Scored as a whole, as EFQM does' } } })
    expect(result.criteria[1]).toMatchObject({ percent: 55, earned: 110, answeredParts: 1, totalParts: 2, overridden: true })
    expect(explanationLines(result.explanation)).toEqual([
      'Total: 110 of 300 points (Σ criterion points × criterion % ÷ 100 = 200 × 55 %; 100 points not yet assessed)',
      '  Criterion B Results: 55 % → 110 points (scored as a whole by the team: “Scored as a whole, as EFQM does”)',
    ])
  })

  it('whole-criterion scores earn points × % ÷ 100 each, with no part answered', () => {
    // A at 45 %: 100 × 45 ÷ 100 = 45 points. B at 35 %: 200 × 35 ÷ 100 = 70 points.
    const result = scoreEfqm(mini(), {}, { criterionOverrides: { A: { score: 45, rationale: 'r' }, B: { score: 35, rationale: 's' } } })
    expect(result.total).toBe(115)
    expect(result.criteria.map((c) => [c.earned, c.answeredParts])).toEqual([
      [45, 0],
      [70, 0],
    ])
    expect(explanationLines(result.explanation)[0]).toBe('Total: 115 of 300 points (Σ criterion points × criterion % ÷ 100 = 100 × 45 % + 200 × 35 %)')
  })
})

describe('EFQM input errors', () => {
  it('rejects an override on an item that has no rating', () => {
    expect(() => scoreEfqm(mini(), { a1: { override: { score: 45, rationale: 'Deployment limited' } } })).toThrow('a1 has an override but no rating to override.')
  })

  it('ignores an entry with neither a rating nor an override', () => {
    const result = scoreEfqm(mini(), { a1: {}, a2: quick(40) })
    expect(Object.keys(result.parts)).toEqual(['a2'])
    expect(result.criteria[0]).toMatchObject({ percent: 40, answeredParts: 1 })
  })

  it('rejects a whole-criterion score for a criterion the framework does not have', () => {
    expect(() => scoreEfqm(mini(), {}, { criterionOverrides: { Z: { score: 50, rationale: 'r' } } })).toThrow('There is no criterion "Z" in Mini RADAR (test).')
    // One known beside the unknown: still rejected; a known one alone is fine.
    expect(() => scoreEfqm(mini(), {}, { criterionOverrides: { A: { score: 50, rationale: 'r' }, Z: { score: 50, rationale: 'r' } } })).toThrow('no criterion "Z"')
    expect(scoreEfqm(mini(), {}, { criterionOverrides: { A: { score: 50, rationale: 'r' } } }).criteria[0]!.percent).toBe(50)
  })

  it('rejects a whole-criterion score off the 5-point scale, naming the criterion', () => {
    expect(() => scoreEfqm(mini(), {}, { criterionOverrides: { B: { score: 57, rationale: 'r' } } })).toThrow(
      'The overall score for criterion B must be between 0 and 100 in steps of 5; 57 is not.',
    )
  })
})

function mini(): Framework {
  return miniRadar()
}
