import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../common/domain/errors'
import type { EfqmScore } from '../../../common/domain/efqm-scoring'
import type { IsoScore } from '../../../common/domain/iso-scoring'
import { hasOwnKey, ownValue } from '../../../common/domain/records'
import { roomItemFor } from '../../../common/domain/room-item'
import { efqmShares, isoShares } from '../../../common/domain/shares'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

describe('reading records by id', () => {
  it('sees only a record’s own keys, and nothing in no record', () => {
    expect(hasOwnKey({ a: 1 }, 'a')).toBe(true)
    expect(hasOwnKey({ a: undefined }, 'a')).toBe(true)
    expect(hasOwnKey({}, 'toString')).toBe(false)
    expect(hasOwnKey(null, 'a')).toBe(false)
    expect(hasOwnKey(undefined, 'a')).toBe(false)
    expect(ownValue({ a: 1 }, 'a')).toBe(1)
    expect(ownValue<unknown>({}, 'constructor')).toBeUndefined()
    expect(ownValue(null, 'a')).toBeUndefined()
  })
})

describe('bad input to the engine', () => {
  it('is a DomainError by name, carrying the message for the person who typed it', () => {
    const error = new DomainError('The score must be a number.')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('DomainError')
    expect(String(error)).toBe('DomainError: The score must be a number.')
  })
})

describe('consensus results as shares for coverage', () => {
  it('an ISO level ÷ 5; not applicable stays so; a unit without a level counts as 0', () => {
    // 3 ÷ 5 = .6; 5 ÷ 5 = 1
    const score = {
      units: {
        u1: { level: 3, notApplicable: false, conforms: true },
        u2: { level: 5, notApplicable: false, conforms: true },
        u3: { level: null, notApplicable: true, conforms: null },
        u4: { level: null, notApplicable: false, conforms: null },
      },
    } as unknown as IsoScore
    expect(isoShares(score)).toEqual({ u1: 0.6, u2: 1, u3: 'not-applicable', u4: 0 })
  })

  it('a RADAR part score ÷ 100', () => {
    const score = { parts: { a1: { score: 55 }, b1: { score: 100 } } } as unknown as EfqmScore
    expect(efqmShares(score)).toEqual({ a1: 0.55, b1: 1 })
  })
})

describe('an item for the room, from the small frameworks', () => {
  it('a RADAR part is shown quick unless the full grid is asked for', () => {
    expect(roomItemFor(miniRadar(), 'a1').scale).toMatchObject({ kind: 'radar', mode: 'quick', elements: [] })
    expect(roomItemFor(miniRadar(), 'a1', 'radar').scale).toMatchObject({ kind: 'radar', mode: 'radar', elements: [{ id: 'approach' }, { id: 'deployment' }] })
  })

  it('a maturity unit shows the framework’s levels, and none when the framework has none', () => {
    const { scale } = roomItemFor(miniMaturity(), 'u1')
    if (scale.kind !== 'maturity') throw new Error('not maturity')
    expect(scale.levels.map((l) => l.label)).toEqual(['L0', 'L1', 'L2', 'L3', 'L4', 'L5'])
    expect(scale.levels[3]).toEqual({ level: 3, label: 'L3', description: 'Level 3.' })
    const bare = { ...miniMaturity(), maturityLevels: undefined }
    expect(roomItemFor(bare, 'u1').scale).toEqual({ kind: 'maturity', levels: [] })
  })
})
