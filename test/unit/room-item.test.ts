import { describe, expect, it } from 'vitest'
import { roomItemSchema } from '../../common/contract/room-protocol'
import { roomItemFor } from '../../common/domain/room-item'
import { ratingFits } from '../../electron/room/room-rules'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'

describe('an item as the room shows it', () => {
  it('an EFQM part, quick: title, questions and the five bands, no attributes', () => {
    const item = roomItemSchema.parse(roomItemFor(efqmFramework, '1.1', 'quick'))
    expect(item.title).toBe('Define purpose and vision')
    expect(item.questions).toHaveLength(4)
    expect(item.scale).toMatchObject({ kind: 'radar', mode: 'quick', elements: [] })
    if (item.scale.kind !== 'radar') throw new Error('not radar')
    expect(item.scale.bands.map((b) => [b.from, b.to, b.label])).toEqual([
      [0, 9, 'no evidence'],
      [10, 39, 'limited'],
      [40, 69, 'ability'],
      [70, 89, 'comprehensive'],
      [90, 100, 'outstanding'],
    ])
    expect(ratingFits(item.scale, { kind: 'quick', score: 50 })).toBe(true)
  })

  it('an EFQM part, full RADAR grid: the section’s attributes, which a radar vote must use', () => {
    const item = roomItemSchema.parse(roomItemFor(efqmFramework, '1.1', 'radar'))
    if (item.scale.kind !== 'radar') throw new Error('not radar')
    expect(item.scale.elements.map((e) => e.id)).toEqual(['approach', 'deployment', 'assessmentRefinement'])
    expect(ratingFits(item.scale, { kind: 'radar', attributes: { sound: 50, integrated: 40 } })).toBe(true)
    const results = roomItemSchema.parse(roomItemFor(efqmFramework, '6.1', 'radar'))
    if (results.scale.kind !== 'radar') throw new Error('not radar')
    expect(ratingFits(results.scale, { kind: 'radar', attributes: { sound: 50 } })).toBe(false)
  })

  it('an ISO unit: the six maturity levels with their descriptions', () => {
    const item = roomItemSchema.parse(roomItemFor(isoFramework, '4.1'))
    expect(item.scale.kind).toBe('maturity')
    if (item.scale.kind !== 'maturity') throw new Error('not maturity')
    expect(item.scale.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5])
    expect(item.scale.levels[3]!.label).toBe('Implemented')
    expect(ratingFits(item.scale, { kind: 'level', level: 3 })).toBe(true)
  })
})
