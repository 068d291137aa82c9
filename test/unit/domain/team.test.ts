import { describe, expect, it } from 'vitest'
import { explanationLines } from '../../../common/domain/explanation'
import { spread, summariseItem } from '../../../common/domain/team'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'
import { level, quick, team } from '../../support/team-fixture'


describe('team statistics', () => {
  it('median, mean, min, max, range and (population) standard deviation', () => {
    // 40 55 70 85: median (55 + 70) / 2 = 62.5; mean 250 / 4 = 62.5; range 85 − 40 = 45;
    // deviations −22.5 −7.5 7.5 22.5 → squares 506.25 + 56.25 + 56.25 + 506.25 = 1125 → ÷ 4 = 281.25 → √ = 16.77
    const stats = spread([85, 40, 70, 55])!
    expect(stats).toMatchObject({ count: 4, median: 62.5, mean: 62.5, min: 40, max: 85, range: 45 })
    expect(stats.standardDeviation).toBeCloseTo(16.7705, 4)
    expect(spread([])).toBeNull()
  })

  it('EFQM: flags a range of 30 or more, proposes the median snapped down to a step of 5, and measures the leader–staff gap', () => {
    // leaders 85, 70 (mean 77.5); staff 40, 55 (mean 47.5) → gap 30; external 60 is in the spread but not the gap.
    // scores 85 70 40 55 60 → median 60; range 45 ≥ 30 → disagreement
    const summary = summariseItem(miniRadar(), 'a2', { p1: quick(85), p2: quick(70), p3: quick(40), p4: quick(55), p5: quick(60) }, team)
    expect(summary).toMatchObject({ disagreement: true, proposedConsensus: 60, leaderStaffGap: 30 })
    expect(summary.stats).toMatchObject({ median: 60, range: 45 })

    // 55 and 70 → median 62.5 → proposed 60 (halfway goes down: the team argues any raise)
    expect(summariseItem(miniRadar(), 'a2', { p1: quick(70), p3: quick(55) }, team).proposedConsensus).toBe(60)
    // 50 and 75 → range 25 < 30 → no disagreement
    expect(summariseItem(miniRadar(), 'a2', { p1: quick(50), p3: quick(75) }, team).disagreement).toBe(false)
    // exactly 30 → disagreement
    expect(summariseItem(miniRadar(), 'a2', { p1: quick(50), p3: quick(80) }, team).disagreement).toBe(true)
  })

  it('uses each participant’s full RADAR rating through the RADAR chain', () => {
    // p1: (60 + 70)/2 = 65, 50 → 57.5 → 60; p3 quick 30 → range 30 → disagreement
    const summary = summariseItem(miniRadar(), 'a1', { p1: { kind: 'radar', attributes: { sound: 60, integrated: 70, implemented: 50 } }, p3: quick(30) }, team)
    expect(summary.scores).toEqual([
      { participantId: 'p1', score: 60 },
      { participantId: 'p3', score: 30 },
    ])
    expect(summary.disagreement).toBe(true)
  })

  it('ISO: flags a range of 2 levels, proposes the median level (halfway down), leaves not-applicable votes out', () => {
    expect(summariseItem(miniMaturity(), 'u1', { p1: level(2), p2: level(3), p3: level(3) }, team)).toMatchObject({ disagreement: false, proposedConsensus: 3 })
    const split = summariseItem(miniMaturity(), 'u1', { p1: level(1), p3: level(3), p4: { kind: 'not-applicable', justification: 'Not our process' } }, team)
    // 1 and 3 → median 2, range 2 → disagreement; gap leaders 1 − staff 3 = −2
    expect(split).toMatchObject({ disagreement: true, proposedConsensus: 2, leaderStaffGap: -2, notApplicable: ['p4'] })
    expect(summariseItem(miniMaturity(), 'u1', { p1: level(2), p3: level(3) }, team).proposedConsensus).toBe(2)
    expect(explanationLines(split.explanation!)).toEqual([
      'Proposed consensus for u1: 2 (median of 1, 3 = 2)',
      '  Spread: range 2 (3 − 1; disagreement from a range of 2)',
      '  Leader − staff gap: -2 (mean of leadership (1) − mean of staff (3))',
    ])
  })

  it('has no gap unless both leadership and staff have scored', () => {
    expect(summariseItem(miniMaturity(), 'u1', { p1: level(2), p5: level(4) }, team).leaderStaffGap).toBeNull()
  })

  it('rejects ratings from unknown participants and ratings of the wrong kind', () => {
    expect(() => summariseItem(miniMaturity(), 'u1', { ghost: level(2) }, team)).toThrow('comes from an unknown participant (ghost)')
    expect(() => summariseItem(miniMaturity(), 'u1', { p1: quick(50) }, team)).toThrow('u1 takes an ISO level, not a RADAR score.')
    expect(() => summariseItem(miniRadar(), 'a2', { p1: level(3) }, team)).toThrow('a2 takes a RADAR score, not an ISO level.')
    expect(() => summariseItem(miniMaturity(), 'u1', { p1: level(6) }, team)).toThrow('6 is not on the scale')
  })
})
