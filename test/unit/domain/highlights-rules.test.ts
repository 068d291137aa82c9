import { describe, expect, it } from 'vitest'
import type { EfqmScore } from '../../../common/domain/efqm-scoring'
import { selectHighlights } from '../../../common/domain/highlights'
import type { FindingType, IsoScore } from '../../../common/domain/iso-scoring'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

// Only the figures selectHighlights reads: each part's score, each unit's level and finding.
const efqm = (scores: Record<string, number>) => ({ efqm: { parts: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score }])) } as unknown as EfqmScore })
const iso = (levels: Record<string, number | null>, findings: Record<string, FindingType> = {}) => ({
  iso: { units: Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, { level }])), unitFindings: findings } as unknown as IsoScore,
})
const radar = miniRadar() // a1 a2 b1 b2
const maturity = miniMaturity() // u1 u2 u3 u4 u5

describe('nothing counted', () => {
  it('says so in both columns, for parts and for units, even when the score of the other kind is missing', () => {
    const parts = 'No part of Mini RADAR counts yet: agree a score, or let the whole team vote.'
    const units = 'No unit of Mini maturity counts yet: agree a level, or let the whole team vote.'
    expect(selectHighlights(radar, {})).toEqual({ strengths: [], gaps: [], strengthsEmpty: parts, gapsEmpty: parts })
    expect(selectHighlights(maturity, {})).toEqual({ strengths: [], gaps: [], strengthsEmpty: units, gapsEmpty: units })
  })

  it('a unit without a level (not applicable) is not counted', () => {
    expect(selectHighlights(maturity, iso({ u1: null, u2: null })).strengthsEmpty).toBe('No unit of Mini maturity counts yet: agree a level, or let the whole team vote.')
    expect(selectHighlights(maturity, iso({ u1: null, u2: 4 })).strengths).toEqual(['u2'])
  })
})

describe('gaps in order: lowest level first, then the heavier finding, then questionnaire order', () => {
  it('at equal level a major comes before a minor, and a minor before an observation or none', () => {
    // all at level 2: u4 major (weight 2), u3 minor (1); u1 observation and u2 none weigh 0 and keep their order
    const ids = selectHighlights(maturity, iso({ u1: 2, u2: 2, u3: 2, u4: 2 }, { u1: 'observation', u3: 'minor-nonconformity', u4: 'major-nonconformity' }))
    expect(ids.gaps).toEqual(['u4', 'u3', 'u1'])
  })

  it('a lower level comes first whatever its finding', () => {
    // u5 level 1 without finding before u2 level 2 with a major
    expect(selectHighlights(maturity, iso({ u2: 2, u5: 1 }, { u2: 'major-nonconformity' })).gaps).toEqual(['u5', 'u2'])
  })

  it('ties keep questionnaire order, from any position, and at most three are listed', () => {
    // five units at level 1: the first three in questionnaire order
    expect(selectHighlights(maturity, iso({ u5: 1, u4: 1, u3: 1, u2: 1, u1: 1 })).gaps).toEqual(['u1', 'u2', 'u3'])
  })
})

describe('strengths', () => {
  it('highest first, wherever they stand in the questionnaire', () => {
    // levels 3 5 4: strengths u2 (5), u3 (4), u1 (3)
    expect(selectHighlights(maturity, iso({ u1: 3, u2: 5, u3: 4 })).strengths).toEqual(['u2', 'u3', 'u1'])
    // 10 90 60 40: strengths the upper two, a2 90 and b1 60; gaps lowest first, a1 10 and b2 40
    expect(selectHighlights(radar, efqm({ a1: 10, a2: 90, b1: 60, b2: 40 }))).toMatchObject({ strengths: ['a2', 'b1'], gaps: ['a1', 'b2'] })
  })

  it('ties keep questionnaire order', () => {
    expect(selectHighlights(maturity, iso({ u5: 4, u4: 4, u3: 4, u2: 4, u1: 4 })).strengths).toEqual(['u1', 'u2', 'u3'])
    // four parts at 50: the upper half, ceil(4 / 2) = 2, in questionnaire order; nothing scores below them
    expect(selectHighlights(radar, efqm({ b2: 50, b1: 50, a2: 50, a1: 50 }))).toEqual({
      strengths: ['a1', 'a2'],
      gaps: [],
      strengthsEmpty: null,
      gapsEmpty: 'No counted part scores below the strengths.',
    })
  })

  it('ISO: conforming units beyond the top three are neither strengths nor gaps', () => {
    // five conforming units: 5 4 4 3 3 → strengths u1 u2 u3; u4 and u5 conform, so no gap
    expect(selectHighlights(maturity, iso({ u1: 5, u2: 4, u3: 4, u4: 3, u5: 3 }))).toEqual({
      strengths: ['u1', 'u2', 'u3'],
      gaps: [],
      strengthsEmpty: null,
      gapsEmpty: 'All 5 counted units are at level 3 or above, with no nonconformity.',
    })
  })

  it('ISO: says why there is no strength, for one unit and for many', () => {
    expect(selectHighlights(maturity, iso({ u1: 2 }))).toEqual({
      strengths: [],
      gaps: ['u1'],
      strengthsEmpty: 'The 1 counted unit is below level 3 or has a nonconformity, so it is not a strength.',
      gapsEmpty: null,
    })
    expect(selectHighlights(maturity, iso({ u1: 2, u2: 4 }, { u2: 'minor-nonconformity' })).strengthsEmpty).toBe(
      'None of the 2 counted units is at level 3 or above without a nonconformity.',
    )
  })
})

describe('a gap scores below every strength', () => {
  it('a part tied with the lowest strength is not a gap', () => {
    // 90 70 70 10: strengths the upper half, a1 90 and a2 70; floor 70; b1 at 70 is not below it
    expect(selectHighlights(radar, efqm({ a1: 90, a2: 70, b1: 70, b2: 10 }))).toMatchObject({ strengths: ['a1', 'a2'], gaps: ['b2'] })
  })

  it('with one part counted, it is a strength and the gaps column says why it is empty', () => {
    expect(selectHighlights(radar, efqm({ b1: 40 }))).toEqual({ strengths: ['b1'], gaps: [], strengthsEmpty: null, gapsEmpty: 'Only one part counts so far; it is listed as a strength.' })
  })
})
