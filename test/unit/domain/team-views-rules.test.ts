import { describe, expect, it } from 'vitest'
import { explanationLines } from '../../../common/domain/explanation'
import { allItems } from '../../../common/domain/framework'
import { crosswalkPairs, hotSpots, perceptionGaps } from '../../../common/domain/team-views'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'
import { level, quick, team, workshop } from '../../support/team-fixture'



describe('only counted items are the team’s views', () => {
  it('an item still in progress is neither a hot spot nor a gap', () => {
    const efqm = miniRadar()
    const ratings = { a1: { p1: quick(90), p3: quick(20) }, a2: { p1: quick(80), p3: quick(30) } }
    const results = workshop({ efqm, efqmRatings: ratings, states: { a1: 'in-progress' } })
    expect(hotSpots(results, { efqm }).map((spot) => spot.itemId)).toEqual(['a2'])
    expect(perceptionGaps(results, { efqm }, team).map((gap) => gap.itemId)).toEqual(['a2'])
  })
})

describe('hot spots', () => {
  it('rank by range share first: a wider range with a smaller deviation comes above a narrower one with a larger deviation', () => {
    const efqm = miniRadar()
    const iso = miniMaturity()
    const results = workshop({
      efqm,
      iso,
      // a1: 10 60 → range 50 of 100 = 0.5; SD 25 → 0.25
      efqmRatings: { a1: { p1: quick(10), p3: quick(60) } },
      // u1: 1 4 4 4 4 → range 3 of 5 = 0.6; mean 3.4, squares 5.76 + 4 × 0.36 = 7.2, ÷ 5 = 1.44 → SD 1.2 → 0.24
      isoRatings: { u1: { p1: level(1), p2: level(4), p3: level(4), p4: level(4), p5: level(4) } },
    })
    const spots = hotSpots(results, { efqm, iso })
    expect(spots.map((spot) => [spot.itemId, spot.share, spot.standardDeviationShare])).toEqual([
      ['u1', 0.6, expect.closeTo(0.24, 10)],
      ['a1', 0.5, 0.25],
    ])
  })

  it('ties on both figures keep framework order, then item order', () => {
    const efqm = miniRadar()
    const iso = miniMaturity()
    // every item: range 2 of 5 or 40 of 100 = 0.4, SD 0.2
    const results = workshop({
      efqm,
      iso,
      efqmRatings: { b2: { p1: quick(20), p3: quick(60) }, a2: { p1: quick(50), p3: quick(90) } },
      isoRatings: { u4: { p1: level(1), p3: level(3) }, u2: { p1: level(3), p3: level(5) } },
    })
    expect(hotSpots(results, { efqm, iso }).map((spot) => spot.itemId)).toEqual(['a2', 'b2', 'u2', 'u4'])
  })
})

describe('perception gaps', () => {
  const efqm = miniRadar()
  const iso = miniMaturity()

  it('explain the gap with each group’s scores and means, and hold the team summary’s explanation', () => {
    // leaders 80 70 → 75; staff 40 50 → 45; gap 30 → 30 of 100 = 30 %
    const results = workshop({ efqm, efqmRatings: { a1: { p1: quick(80), p2: quick(70), p3: quick(40), p4: quick(50) } } })
    const [gap] = perceptionGaps(results, { efqm }, team)
    const lines = explanationLines(gap!.explanation)
    expect(lines[0]).toBe('Leader–staff gap on a1: leaders higher by 30 points (mean of leadership (80, 70) = 75 − mean of staff (40, 50) = 45 → 30; 30 ÷ 100 = 30 % of the scale)')
    expect(lines[1]).toMatch(/^ {2}Proposed consensus for a1: /)
    expect(gap!.explanation.inputs).toEqual([gap!.summary.explanation])
  })

  it('a staff-higher gap shows its sign and its size apart', () => {
    // leader 2, staff 4 → gap −2, size 2 of 5 = 40 %
    const results = workshop({ iso, isoRatings: { u2: { p1: level(2), p3: level(4) } } })
    const [gap] = perceptionGaps(results, { iso }, team)
    expect(explanationLines(gap!.explanation)[0]).toBe('Leader–staff gap on u2: staff higher by 2 levels (mean of leadership (2) = 2 − mean of staff (4) = 4 → -2; 2 ÷ 5 = 40 % of the scale)')
  })

  it('ties keep framework order, then item order', () => {
    // every gap 0.2 of the scale: 20 points or 1 level
    const results = workshop({
      efqm,
      iso,
      efqmRatings: { b1: { p1: quick(70), p3: quick(50) }, a2: { p1: quick(40), p3: quick(60) } },
      isoRatings: { u5: { p1: level(2), p3: level(1) }, u1: { p1: level(3), p3: level(4) } },
    })
    expect(perceptionGaps(results, { efqm, iso }, team).map((gap) => gap.itemId)).toEqual(['a2', 'b1', 'u1', 'u5'])
  })
})

describe('the crosswalk', () => {
  function linked(links: Record<string, string[]>) {
    const efqm = miniRadar()
    const iso = miniMaturity()
    for (const item of allItems(efqm)) item.crosswalk = links[item.id] ?? []
    return { efqm, iso }
  }

  it('takes only references to the ISO framework itself, not ones that merely end like its units', () => {
    // "mini-maturitx:u4" has the length of "mini-maturity:" before "u4", but names another framework
    const { efqm, iso } = linked({ a1: ['mini-maturity:u1', 'mini-maturitx:u4', 'u5'] })
    const rows = crosswalkPairs(workshop({ efqm, iso }), efqm, iso)
    expect(rows[0]!.pairs.map((pair) => pair.isoItemId)).toEqual(['u1'])
  })

  it('without EFQM results every part is not assessed and nothing is inconsistent', () => {
    const { efqm, iso } = linked({ a1: ['mini-maturity:u1'] })
    const rows = crosswalkPairs(workshop({ iso, isoConsensus: { u1: level(5) } }), efqm, iso)
    expect(rows[0]).toMatchObject({ efqm: { status: 'not-assessed' }, inconsistentPairs: 0, explanation: null })
    expect(rows[0]!.pairs[0]!.iso).toEqual({ status: 'assessed', level: 5, conforms: true })
  })

  it('explains a part’s inconsistent pairs: how many, the rule, and each pair the way it contradicts', () => {
    // a1 at 75 (comprehensive): u1 level 2 does not conform → inconsistent; u2 level 4 → consistent; u3 level 1 → inconsistent
    const { efqm, iso } = linked({ a1: ['mini-maturity:u1', 'mini-maturity:u2', 'mini-maturity:u3'], a2: ['mini-maturity:u4'] })
    const results = workshop({ efqm, iso, efqmConsensus: { a1: 75, a2: 20 }, isoConsensus: { u1: level(2), u2: level(4), u3: level(1), u4: level(3) } })
    const [a1, a2] = crosswalkPairs(results, efqm, iso)
    expect(explanationLines(a1!.explanation!)).toEqual([
      'EFQM a1 against ISO 9001: 2 inconsistent pairs (inconsistent where ISO conforms (level 3 or above) while EFQM is below 40, or ISO does not conform while EFQM is 70 or above)',
      '  ISO u1: does not conform, EFQM 70 or above (ISO u1 does not conform (level 2) while EFQM a1 is comprehensive (75).)',
      '  ISO u3: does not conform, EFQM 70 or above (ISO u3 does not conform (level 1) while EFQM a1 is comprehensive (75).)',
    ])
    // a2 at 20 (limited) beside u4 level 3: one pair, the other way
    expect(explanationLines(a2!.explanation!)).toEqual([
      'EFQM a2 against ISO 9001: 1 inconsistent pair (inconsistent where ISO conforms (level 3 or above) while EFQM is below 40, or ISO does not conform while EFQM is 70 or above)',
      '  ISO u4: conforms, EFQM below 40 (ISO u4 conforms (level 3) while EFQM a2 is limited (20).)',
    ])
  })
})
