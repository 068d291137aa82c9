import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explanationLines } from '../../../common/domain/explanation'
import { spread, summariseItem } from '../../../common/domain/team'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'
import { level, quick, team } from '../../support/team-fixture'


describe('spread’s lowest and highest, as Math.min and Math.max', () => {
  it('takes −0 as below 0, whichever comes first', () => {
    expect(Object.is(spread([0, -0])!.min, -0)).toBe(true)
    expect(Object.is(spread([-0, 0])!.min, -0)).toBe(true)
    expect(Object.is(spread([0, -0])!.max, 0)).toBe(true)
    expect(Object.is(spread([-0, 0])!.max, 0)).toBe(true)
    expect(Object.is(spread([-0])!.max, -0)).toBe(true)
    expect(Object.is(spread([-0, -0])!.min, -0)).toBe(true)
    expect(Object.is(spread([-0, -0])!.max, -0)).toBe(true)
    // a −0 above a lower value, or a 0 below a higher one, leaves the extreme alone
    expect(spread([-3, -0])!.min).toBe(-3)
    expect(spread([3, 0])!.max).toBe(3)
    expect(Object.is(spread([-3, 0, -0])!.max, 0)).toBe(true)
    expect(Object.is(spread([3, -0, 0])!.min, -0)).toBe(true)
  })

  it('is NaN, with a NaN range, as soon as one value is NaN, wherever it stands', () => {
    for (const values of [[NaN], [NaN, 1, 2], [1, NaN, 2], [1, 2, NaN]]) {
      const stats = spread(values)!
      expect(stats.min, String(values)).toBeNaN()
      expect(stats.max, String(values)).toBeNaN()
      expect(stats.range, String(values)).toBeNaN()
    }
  })

  it('agrees with Math.min and Math.max to the sign of zero for any doubles, −0 and NaN included', () => {
    const value = fc.oneof(fc.constantFrom(0, -0, NaN, 1, -1), fc.double())
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), (values) => {
        const stats = spread(values)!
        expect(Object.is(stats.min, Math.min(...values))).toBe(true)
        expect(Object.is(stats.max, Math.max(...values))).toBe(true)
        expect(Object.is(stats.range, Math.max(...values) - Math.min(...values))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('the leader–staff gap', () => {
  it('is null without a leader, and null without staff', () => {
    // staff only (and an external): no leaders
    expect(summariseItem(miniRadar(), 'a2', { p3: quick(40), p4: quick(60), p5: quick(80) }, team).leaderStaffGap).toBeNull()
    // leaders only
    expect(summariseItem(miniRadar(), 'a2', { p1: quick(40), p2: quick(60) }, team).leaderStaffGap).toBeNull()
  })

  it('an explanation without a gap has no gap line', () => {
    const summary = summariseItem(miniMaturity(), 'u1', { p3: level(2), p4: level(4) }, team)
    // 2 and 4 → median 3, range 2
    expect(explanationLines(summary.explanation!)).toEqual(['Proposed consensus for u1: 3 (median of 2, 4 = 3)', '  Spread: range 2 (4 − 2; disagreement from a range of 2)'])
  })

  it('lists every leader’s and every staff member’s score, comma separated', () => {
    // leaders 85, 70 → 77.5; staff 40, 55 → 47.5; gap 30; external 60 only in the spread
    // scores 85 70 40 55 60 → median 60 (on the step), range 85 − 40 = 45
    const summary = summariseItem(miniRadar(), 'a2', { p1: quick(85), p2: quick(70), p3: quick(40), p4: quick(55), p5: quick(60) }, team)
    expect(explanationLines(summary.explanation!)).toEqual([
      'Proposed consensus for a2: 60 (median of 85, 70, 40, 55, 60 = 60)',
      '  Spread: range 45 (85 − 40; disagreement from a range of 30)',
      '  Leader − staff gap: 30 (mean of leadership (85, 70) − mean of staff (40, 55))',
    ])
  })
})

describe('the proposed consensus explained', () => {
  it('says when the median was snapped down to the scale step', () => {
    // 55 and 70 → median 62.5 → snapped down to 60 (step 5); gap 70 − 55 = 15
    const summary = summariseItem(miniRadar(), 'a2', { p1: quick(70), p3: quick(55) }, team)
    expect(explanationLines(summary.explanation!)[0]).toBe('Proposed consensus for a2: 60 (median of 70, 55 = 62.5, snapped down to the scale step of 5)')
    // levels 2 and 3 → median 2.5 → level 2 (step 1)
    const levels = summariseItem(miniMaturity(), 'u1', { p1: level(2), p3: level(3) }, team)
    expect(explanationLines(levels.explanation!)[0]).toBe('Proposed consensus for u1: 2 (median of 2, 3 = 2.5, snapped down to the scale step of 1)')
  })

  it('is made once and given again on every read', () => {
    const summary = summariseItem(miniMaturity(), 'u2', { p1: level(2), p3: level(3) }, team)
    expect(summary.explanation).toBe(summary.explanation)
    expect(summariseItem(miniMaturity(), 'u2', {}, team).explanation).toBeNull()
  })
})
