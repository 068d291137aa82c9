import { describe, expect, it } from 'vitest'
import { computeWorkshopResults } from '../../../common/domain/workshop-results'
import { fullWorkshop } from '../../support/workshop-fixture'

describe('whole-workshop results', () => {
  it('recomputes scores, team figures and coverage for both frameworks from one input', () => {
    const results = computeWorkshopResults(fullWorkshop(5))
    expect(Object.keys(results.efqm!.team)).toHaveLength(32)
    expect(Object.keys(results.iso!.team)).toHaveLength(56)
    expect(results.efqm!.score.complete).toBe(true)
    expect(results.iso!.score.overall.unanswered).toBe(0)
    expect(results.efqm!.team['1.1']!.scores).toHaveLength(5)
    for (const achieved of Object.values(results.iso!.achieved)) expect(achieved.answeredShare === 1 || achieved.answeredShare === 0).toBe(true)
    // ISO's owners and society are blind spots against the public-sector target; EFQM's are not.
    expect(results.iso!.blindSpots).toEqual(expect.arrayContaining(['owners', 'society']))
    expect(results.efqm!.blindSpots).not.toContain('owners')
  })

  it('refuses a target profile that does not sum to 1', () => {
    const input = fullWorkshop(2)
    input.target = { ...input.target, customers: 0.2 }
    expect(() => computeWorkshopResults(input)).toThrow('A target profile must add up to 100 %; this one adds up to 90 %.')
  })
})
