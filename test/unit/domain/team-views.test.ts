import { describe, expect, it } from 'vitest'
import efqmJson from '../../../assets/frameworks/efqm-2025.json'
import isoJson from '../../../assets/frameworks/iso-9001-2015.json'
import { explanationLines } from '../../../common/domain/explanation'
import { allItems, parseFramework, type Framework } from '../../../common/domain/framework'
import type { IsoRating } from '../../../common/domain/ratings'
import {
  crosswalkPairs,
  describeGap,
  hotSpots,
  inconsistencyOf,
  inconsistencySentence,
  perceptionGaps,
} from '../../../common/domain/team-views'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'
import { level, quick, team, workshop } from '../../support/team-fixture'

const notApplicable: IsoRating = { kind: 'not-applicable', justification: 'Not our process' }


/** The mini frameworks with crosswalk references, some written on the EFQM side and some on the ISO side. */
function crosswalked(): { efqm: Framework; iso: Framework } {
  const efqm = miniRadar()
  const iso = miniMaturity()
  const links: Record<string, string[]> = { a1: ['mini-maturity:u1', 'mini-maturity:u2', 'elsewhere:x'], b1: ['mini-maturity:u4'], b2: ['mini-maturity:u5'] }
  for (const item of allItems(efqm)) item.crosswalk = links[item.id] ?? []
  for (const unit of allItems(iso)) unit.crosswalk = unit.id === 'u3' ? ['mini-radar:a2'] : []
  return { efqm, iso }
}

describe('disagreement hot spots', () => {
  const efqm = miniRadar()
  const iso = miniMaturity()
  const results = workshop({
    efqm,
    iso,
    efqmRatings: {
      // 40 85 60 → range 45 of 100 = 0.45; median 60; range ≥ 30 → disagreement;
      // mean 61.67, deviations −21.67 23.33 −1.67 → squares 469.4 + 544.4 + 2.8 = 1016.7, ÷ 3 = 338.9 → SD 18.41
      a1: { p1: quick(40), p2: quick(85), p3: quick(60) },
      // everyone agrees → range 0 → no hot spot
      a2: { p1: quick(50), p3: quick(50) },
      // 30 90 → range 60 of 100 = 0.6; mean 60, deviations ±30 → SD 30, 30 of 100 = 0.3
      b1: { p1: quick(30), p3: quick(90) },
    },
    isoRatings: {
      // 1 4 → range 3 of 5 = 0.6; mean 2.5, deviations ±1.5 → SD 1.5, 1.5 of 5 = 0.3 (ties b1 entirely: EFQM goes first)
      u1: { p1: level(1), p3: level(4) },
      // 1 1 4 → range 3 of 5 = 0.6; mean 2, deviations −1 −1 2 → squares 1 + 1 + 4 = 6, ÷ 3 = 2 → SD √2 = 1.414, ÷ 5 = 0.283
      u2: { p1: level(1), p2: level(1), p3: level(4) },
      // 2 3 → range 1 of 5 = 0.2; below the 2 levels that count as disagreement
      u3: { p1: level(2), p3: level(3) },
      // one vote → no spread
      u4: { p2: level(3) },
      // one level and one "not applicable" → one score → no spread
      u5: { p1: notApplicable, p3: level(2) },
    },
  })

  it('ranks by range as a share of the scale: ISO range 3 of 5 = 0.6 comes above EFQM range 45 of 100 = 0.45', () => {
    const spots = hotSpots(results, { efqm, iso })
    // b1 0.6 (SD 0.3, EFQM) · u1 0.6 (SD 0.3, ISO) · u2 0.6 (SD 0.283) · a1 0.45 · u3 0.2
    expect(spots.map((spot) => `${spot.frameworkId}:${spot.itemId}`)).toEqual([
      'mini-radar:b1',
      'mini-maturity:u1',
      'mini-maturity:u2',
      'mini-radar:a1',
      'mini-maturity:u3',
    ])
    expect(spots[1]!.share).toBeCloseTo(0.6, 10)
    expect(spots[2]!.standardDeviationShare).toBeCloseTo(Math.SQRT2 / 5, 10)
  })

  it('reports each item in its own units, with median, votes and the engine’s disagreement flag', () => {
    const [, , , a1, u3] = hotSpots(results, { efqm, iso })
    expect(a1).toMatchObject({ itemId: 'a1', title: 'Item a1', scale: 100, range: 45, share: 0.45, median: 60, votes: 3, disagreement: true })
    expect(u3).toMatchObject({ itemId: 'u3', scale: 5, range: 1, share: 0.2, median: 2.5, votes: 2, disagreement: false })
    expect(explanationLines(a1!.explanation)[0]).toBe(
      'Spread of a1: 45 % (range 45 (85 − 40) ÷ 100, the top of the scale; standard deviation 18.4 ÷ 100 = 18.4 % breaks ties)',
    )
    expect(a1!.explanation.inputs?.[0]?.label).toBe('Proposed consensus for a1')
  })

  it('keeps to the limit and to the frameworks it is given', () => {
    expect(hotSpots(results, { efqm, iso }, 2).map((spot) => spot.itemId)).toEqual(['b1', 'u1'])
    expect(hotSpots(results, { efqm }).map((spot) => spot.itemId)).toEqual(['b1', 'a1'])
    expect(hotSpots(workshop({ iso, isoRatings: { u3: { p1: level(2), p3: level(3) } } }), { efqm, iso }).map((spot) => spot.itemId)).toEqual(['u3'])
  })
})

describe('leader–staff perception gaps', () => {
  const efqm = miniRadar()
  const iso = miniMaturity()
  const results = workshop({
    efqm,
    iso,
    efqmRatings: {
      // leaders 80 70 → 75; staff 40 50 → 45; gap +30 → 0.3; Eva (external) is in neither group
      a1: { p1: quick(80), p2: quick(70), p3: quick(40), p4: quick(50), p5: quick(10) },
      // leader 40, staff 65 → gap −25 → 0.25
      a2: { p1: quick(40), p3: quick(65) },
      // leader 70, staff 50 → gap +20 → 0.2
      b1: { p1: quick(70), p3: quick(50) },
      // leaders 55 60 → 57.5; staff 70 → gap −12.5 → 0.125
      b2: { p1: quick(55), p2: quick(60), p3: quick(70) },
    },
    isoRatings: {
      // leader 4; staff 2 2 → 2; gap +2 → 2 of 5 = 0.4
      u1: { p1: level(4), p3: level(2), p4: level(2) },
      // gap +1 → 0.2
      u2: { p1: level(3), p3: level(2) },
      // equal means → no gap
      u3: { p1: level(3), p3: level(3) },
      // no staff vote → no gap
      u4: { p1: level(3), p5: level(1) },
      // gap +1 → 0.2
      u5: { p1: level(2), p3: level(1) },
    },
  })

  it('ranks |gap| as a share of the scale, then framework order, then item order', () => {
    // u1 0.4 · a1 0.3 · a2 0.25 · b1 0.2 (EFQM first) · u2 0.2 · u5 0.2 (item order) · b2 0.125
    expect(perceptionGaps(results, { efqm, iso }, team).map((gap) => gap.itemId)).toEqual(['u1', 'a1', 'a2', 'b1', 'u2', 'u5', 'b2'])
    expect(perceptionGaps(results, { efqm, iso }, team, 3).map((gap) => gap.itemId)).toEqual(['u1', 'a1', 'a2'])
  })

  it('gives the signed gap, both means and both counts', () => {
    const gaps = perceptionGaps(results, { efqm, iso }, team)
    const byId = Object.fromEntries(gaps.map((gap) => [gap.itemId, gap]))
    expect(byId.a1).toMatchObject({ gap: 30, share: 0.3, leadershipMean: 75, staffMean: 45, leadershipCount: 2, staffCount: 2 })
    expect(byId.u1).toMatchObject({ gap: 2, share: 0.4, leadershipMean: 4, staffMean: 2, leadershipCount: 1, staffCount: 2 })
    expect(byId.b2).toMatchObject({ gap: -12.5, share: 0.125, leadershipMean: 57.5, staffMean: 70 })
    expect(byId.b2!.explanation.value).toBe('staff higher by 12.5 points')
    // the engine's own gap agrees with ours
    for (const gap of gaps) expect(gap.summary.leaderStaffGap).toBeCloseTo(gap.gap, 10)
  })

  it('describes a gap in the item’s own units', () => {
    expect(describeGap('maturity', 2)).toBe('leaders higher by 2 levels')
    expect(describeGap('maturity', -1)).toBe('staff higher by 1 level')
    expect(describeGap('radar', -25)).toBe('staff higher by 25 points')
    expect(describeGap('radar', 12.5)).toBe('leaders higher by 12.5 points')
    expect(describeGap('radar', 0)).toBe('no gap')
  })

  it('finds nothing without both leadership and staff', () => {
    const leadersOnly = team.map((participant) => ({ ...participant, role: 'leadership' as const }))
    expect(perceptionGaps(results, { efqm, iso }, leadersOnly)).toEqual([])
  })
})

describe('EFQM and ISO 9001 side by side', () => {
  it('flags ISO conforming while EFQM is below 40, and ISO not conforming while EFQM is 70 or more', () => {
    expect(inconsistencyOf(3, 35)).toBe('iso-conforms-efqm-limited')
    expect(inconsistencyOf(5, 0)).toBe('iso-conforms-efqm-limited')
    expect(inconsistencyOf(3, 40)).toBeNull() // 40 is "ability", not limited
    expect(inconsistencyOf(2, 70)).toBe('iso-gap-efqm-strong')
    expect(inconsistencyOf(0, 100)).toBe('iso-gap-efqm-strong')
    expect(inconsistencyOf(2, 65)).toBeNull()
    expect(inconsistencyOf(3, 70)).toBeNull()
    expect(inconsistencyOf(2, 30)).toBeNull()
  })

  it('states the two results in one sentence, nothing more', () => {
    expect(inconsistencySentence('5.2.1', 4, '1.1', 30)).toBe('ISO 5.2.1 conforms (level 4) while EFQM 1.1 is limited (30).')
    expect(inconsistencySentence('9.2', 3, '1.5', 5)).toBe('ISO 9.2 conforms (level 3) while EFQM 1.5 shows no evidence (5).')
    expect(inconsistencySentence('7.2', 2, '3.2', 75)).toBe('ISO 7.2 does not conform (level 2) while EFQM 3.2 is comprehensive (75).')
    expect(inconsistencySentence('7.2', 1, '3.2', 90)).toBe('ISO 7.2 does not conform (level 1) while EFQM 3.2 is outstanding (90).')
  })

  it('pairs each EFQM part with its ISO units from either side of the crosswalk and compares only what is assessed', () => {
    const { efqm, iso } = crosswalked()
    const results = workshop({
      efqm,
      iso,
      efqmConsensus: { a1: 30, a2: 75, b1: 70 },
      isoConsensus: { u1: level(4), u2: level(2), u3: level(2), u4: notApplicable, u5: level(5) },
    })
    const rows = crosswalkPairs(results, efqm, iso)
    expect(rows.map((row) => [row.efqmItemId, row.pairs.map((pair) => pair.isoItemId)])).toEqual([
      ['a1', ['u1', 'u2']], // written on the EFQM side; the reference to another framework is ignored
      ['a2', ['u3']], // written on the ISO side only
      ['b1', ['u4']],
      ['b2', ['u5']],
    ])
    const [a1, a2, b1, b2] = rows
    // a1 30 (limited): u1 level 4 conforms → inconsistent; u2 level 2 is weak too → consistent
    expect(a1!.efqm).toMatchObject({ status: 'assessed', score: 30, band: 'limited' })
    expect(a1!.pairs.map((pair) => [pair.inconsistency, pair.sentence])).toEqual([
      ['iso-conforms-efqm-limited', 'ISO u1 conforms (level 4) while EFQM a1 is limited (30).'],
      [null, null],
    ])
    expect(a1!.inconsistentPairs).toBe(1)
    expect(explanationLines(a1!.explanation!)[1]).toBe('  ISO u1: conforms, EFQM below 40 (ISO u1 conforms (level 4) while EFQM a1 is limited (30).)')
    // a2 75 (comprehensive): u3 level 2 does not conform → inconsistent the other way
    expect(a2!.pairs[0]).toMatchObject({ iso: { status: 'assessed', level: 2, conforms: false }, inconsistency: 'iso-gap-efqm-strong' })
    expect(a2!.pairs[0]!.sentence).toBe('ISO u3 does not conform (level 2) while EFQM a2 is comprehensive (75).')
    // b1 70 beside a unit the team found not applicable: nothing to compare
    expect(b1!.pairs[0]).toMatchObject({ iso: { status: 'not-applicable' }, inconsistency: null, sentence: null })
    expect(b1!.explanation).toBeNull()
    // b2 has no consensus: "not assessed", never 0 (as 0 it would clash with u5's level 5)
    expect(b2!.efqm).toEqual({ status: 'not-assessed' })
    expect(b2!.pairs[0]).toMatchObject({ iso: { status: 'assessed', level: 5, conforms: true }, inconsistency: null })
  })

  it('keeps ISO units "not assessed" when the ISO results are missing', () => {
    const { efqm, iso } = crosswalked()
    const rows = crosswalkPairs(workshop({ efqm, efqmConsensus: { a1: 30 } }), efqm, iso)
    expect(rows[0]!.pairs.map((pair) => pair.iso)).toEqual([{ status: 'not-assessed' }, { status: 'not-assessed' }])
    expect(rows.every((row) => row.inconsistentPairs === 0)).toBe(true)
  })

  it('reads the real crosswalk: 32 EFQM parts, references from both files merged in ISO order', () => {
    const efqm = parseFramework(efqmJson)
    const iso = parseFramework(isoJson)
    const rows = crosswalkPairs(workshop({ efqm, iso }), efqm, iso)
    expect(rows).toHaveLength(32)
    const related = (id: string) => rows.find((row) => row.efqmItemId === id)!.pairs.map((pair) => pair.isoItemId)
    expect(related('1.1')).toEqual(['5.2.1', '5.2.2'])
    expect(related('1.5')).toEqual(['6.2', '9.2', '9.3.1', '9.3.2', '9.3.3'])
    expect(related('3.4')).toEqual([])
  })
})
