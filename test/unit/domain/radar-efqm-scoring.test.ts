import { describe, expect, it } from 'vitest'
import efqmJson from '../../../assets/frameworks/efqm-2025.json'
import { scoreEfqm } from '../../../common/domain/efqm-scoring'
import { explanationLines } from '../../../common/domain/explanation'
import { parseFramework } from '../../../common/domain/framework'
import { roundToStep } from '../../../common/domain/numbers'
import { band } from '../../../common/domain/radar'
import { miniRadar } from '../../support/mini-frameworks'

const efqm = parseFramework(efqmJson)
const mini = miniRadar()
const radarA1 = { kind: 'radar' as const, attributes: { sound: 60, integrated: 70, implemented: 50 } }

describe('RADAR chain', () => {
  it('element = mean of attributes, part = mean of elements rounded to the nearest 5', () => {
    // Approach = (60 + 70) / 2 = 65; Deployment = 50 / 1 = 50; part = (65 + 50) / 2 = 57.5 → 60 (halfway rounds up).
    const result = scoreEfqm(mini, { a1: { rating: radarA1 } })
    expect(result.parts.a1).toMatchObject({ score: 60, proposed: 60, overridden: false })
    expect(explanationLines(result.parts.a1!.explanation)).toEqual([
      'a1 Item a1: 60 (mean of the element scores 65, 50 = 57.5, rounded to the nearest 5)',
      '  Approach: 65 (mean of Sound 60, Integrated 70)',
      '  Deployment: 50 (mean of Implemented 50)',
    ])
  })

  it('rounds 52.4 down and 52.6 up, and exactly 52.5 (even with binary noise) up', () => {
    expect(roundToStep(52.4, 5)).toBe(50)
    expect(roundToStep(52.6, 5)).toBe(55)
    expect(roundToStep(52.5, 5)).toBe(55)
    expect(roundToStep(52.499999999999, 5)).toBe(55)
    expect(roundToStep(52.49, 5)).toBe(50)
    expect(roundToStep(47.6, 5)).toBe(50)
    expect(roundToStep(47.4, 5)).toBe(45)
  })

  it('a part mean of 51.25 is proposed as 50 and one of exactly 52.5 as 55', () => {
    // (sound 45, integrated 50 → 47.5; implemented 55) → (47.5 + 55) / 2 = 51.25 → 50
    expect(scoreEfqm(mini, { a1: { rating: { kind: 'radar', attributes: { sound: 45, integrated: 50, implemented: 55 } } } }).parts.a1!.score).toBe(50)
    // (sound 55, integrated 55 → 55; implemented 50) → 52.5 → 55
    expect(scoreEfqm(mini, { a1: { rating: { kind: 'radar', attributes: { sound: 55, integrated: 55, implemented: 50 } } } }).parts.a1!.score).toBe(55)
  })

  it('an override replaces the proposal only with a rationale, and the explanation keeps both', () => {
    const result = scoreEfqm(mini, { a1: { rating: radarA1, override: { score: 45, rationale: 'Deployment limited to one site' } } })
    expect(result.parts.a1).toMatchObject({ score: 45, proposed: 60, overridden: true })
    expect(explanationLines(result.parts.a1!.explanation)[0]).toBe('a1 Item a1: 45 (set by the team instead of the proposed 60: “Deployment limited to one site”)')
    expect(() => scoreEfqm(mini, { a1: { rating: radarA1, override: { score: 45, rationale: '  ' } } })).toThrow('Overriding the score of a1 needs a written rationale.')
  })

  it.each([
    [0, 'no evidence'],
    [5, 'no evidence'],
    [10, 'limited'],
    [35, 'limited'],
    [40, 'ability'],
    [65, 'ability'],
    [70, 'comprehensive'],
    [85, 'comprehensive'],
    [90, 'outstanding'],
    [100, 'outstanding'],
  ])('a score of %d is in the band "%s" (between bands means the lower one)', (score, label) => {
    expect(band(score)).toBe(label)
  })
})

describe('criterion % and total points', () => {
  it('criterion % is the mean of its parts; total = Σ points × % ÷ 100', () => {
    // A: a1 60 (RADAR above), a2 quick 40 → (60 + 40) / 2 = 50 % → 100 × 0.50 = 50 points
    // B: b1 80, b2 20, equal weights → 50 % → 200 × 0.50 = 100 points; total 150 of 300 = 50 % → ability
    const result = scoreEfqm(mini, {
      a1: { rating: radarA1 },
      a2: { rating: { kind: 'quick', score: 40 } },
      b1: { rating: { kind: 'quick', score: 80 } },
      b2: { rating: { kind: 'quick', score: 20 } },
    })
    expect(result.criteria[0]).toMatchObject({ id: 'A', percent: 50, earned: 50 })
    expect(result.criteria[1]!.percent).toBeCloseTo(50, 10)
    expect(result.criteria[1]!.earned).toBeCloseTo(100, 10)
    expect(result.total).toBeCloseTo(150, 10)
    expect(result).toMatchObject({ assessedPoints: 300, complete: true, band: 'ability' })
  })

  it('weights the parts of a stakeholder-weighted criterion by how much each group matters', () => {
    // B with customers 0.75, people 0.25: (80 × 0.75 + 20 × 0.25) ÷ (0.75 + 0.25) = 65 % → 130 points
    const result = scoreEfqm(
      mini,
      { b1: { rating: { kind: 'quick', score: 80 } }, b2: { rating: { kind: 'quick', score: 20 } } },
      { stakeholderWeights: { B: { customers: 0.75, people: 0.25, owners: 0, partners: 0, society: 0, regulators: 0 } } },
    )
    expect(result.criteria[1]!.percent).toBeCloseTo(65, 10)
    expect(result.criteria[1]!.earned).toBeCloseTo(130, 10)
  })

  it('falls back to the plain mean of the answered parts when all the stakeholder weight sits on unanswered groups', () => {
    // Only b1 (customers) = 80 is answered, and the team gives customers no weight: the weighted
    // mean would be 0 ÷ 0, so B is the plain mean of its answered parts, 80 % → 160 points.
    const noCustomers = { customers: 0, people: 1, owners: 0, partners: 0, society: 0, regulators: 0 }
    const result = scoreEfqm(mini, { b1: { rating: { kind: 'quick', score: 80 } } }, { stakeholderWeights: { B: noCustomers } })
    expect(result.criteria[1]).toMatchObject({ percent: 80, earned: 160, answeredParts: 1 })
    expect(result.total).toBe(160)
  })

  it('leaves unanswered parts and criteria out instead of counting them as zero', () => {
    // Only a2 = 40: A is 40 % on 1 of 2 parts → 40 points; B unanswered; 40 points of the 100 assessed.
    const result = scoreEfqm(mini, { a2: { rating: { kind: 'quick', score: 40 } } })
    expect(result.criteria[0]).toMatchObject({ percent: 40, earned: 40, answeredParts: 1, totalParts: 2 })
    expect(result.criteria[1]).toMatchObject({ percent: null, earned: null, answeredParts: 0 })
    expect(result).toMatchObject({ total: 40, assessedPoints: 100, complete: false, band: null })
  })

  it('takes a whole-criterion score with a rationale instead of its parts', () => {
    const result = scoreEfqm(mini, { b1: { rating: { kind: 'quick', score: 80 } } }, { criterionOverrides: { B: { score: 55, rationale: 'Scored as a whole, as EFQM does' } } })
    expect(result.criteria[1]).toMatchObject({ percent: 55, earned: 110, overridden: true })
    expect(() => scoreEfqm(mini, {}, { criterionOverrides: { B: { score: 55, rationale: '' } } })).toThrow('Scoring criterion B as a whole needs a written rationale.')
  })

  it('scores the real EFQM model: all parts at 70 except the 200 points of criterion 7 at 30 → 620 of 1000', () => {
    // 800 points × 70 % + 200 points × 30 % = 560 + 60 = 620 → 62 % → ability
    const consensus = Object.fromEntries(
      efqm.sections.flatMap((section) => section.items.map((item) => [item.id, { rating: { kind: 'quick' as const, score: section.id === '7' ? 30 : 70 } }])),
    )
    const result = scoreEfqm(efqm, consensus)
    expect(result.total).toBeCloseTo(620, 10)
    expect(result.band).toBe('ability')
    expect(result.explanation.rule).toContain('200 × 30 %')
  })
})

describe('bad input to EFQM scoring', () => {
  it('rejects a RADAR attribute that is not a step of 5', () => {
    expect(() => scoreEfqm(mini, { a1: { rating: { kind: 'radar', attributes: { sound: 42, integrated: 50, implemented: 50 } } } })).toThrow(
      'The score for Sound must be between 0 and 100 in steps of 5; 42 is not.',
    )
  })

  it('rejects scores outside 0–100, missing and unknown attributes, and unknown items', () => {
    expect(() => scoreEfqm(mini, { a2: { rating: { kind: 'quick', score: 105 } } })).toThrow('between 0 and 100 in steps of 5; 105 is not')
    expect(() => scoreEfqm(mini, { a1: { rating: { kind: 'radar', attributes: { sound: 50, integrated: 50 } } } })).toThrow('a1 Item a1 has no score for Deployment: Implemented.')
    expect(() => scoreEfqm(mini, { a1: { rating: { kind: 'radar', attributes: { ...radarA1.attributes, speed: 50 } } } })).toThrow('unknown RADAR attributes: speed')
    expect(() => scoreEfqm(efqm, { '8.1': { rating: { kind: 'quick', score: 50 } } })).toThrow('There is no item "8.1" in EFQM Model (2025).')
  })

  it('rejects stakeholder weights that do not add up to 100 %', () => {
    expect(() =>
      scoreEfqm(mini, { b1: { rating: { kind: 'quick', score: 50 } } }, { stakeholderWeights: { B: { customers: 0.5, people: 0.4, owners: 0, partners: 0, society: 0, regulators: 0 } } }),
    ).toThrow('The stakeholder weights of criterion B must add up to 100 %; this one adds up to 90 %.')
  })
})
