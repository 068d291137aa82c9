import { describe, expect, it } from 'vitest'
import { explanationLines } from '../../../common/domain/explanation'
import { findItem, type Element } from '../../../common/domain/framework'
import { band, bandName, elementsFor, partScore, proposedFor, ratingScore, ratingValue } from '../../../common/domain/radar'
import type { EfqmRating } from '../../../common/domain/ratings'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

// miniRadar: section A (enabler) = Approach (sound, integrated) · Deployment (implemented).
const framework = miniRadar()
const { item: a1, section: A } = findItem(framework, 'a1')
const radar = (attributes: Record<string, number>): EfqmRating => ({ kind: 'radar', attributes })
/** ratingValue, the fast path a room's votes take, on a fresh record each time. */
const value = (attributes: Record<string, number>) => ratingValue(framework, A, a1, radar({ ...attributes }))

describe('bands', () => {
  it('a score below every band, or no number at all, is "no evidence"', () => {
    expect(band(-5)).toBe('no evidence')
    expect(band(Number.NaN)).toBe('no evidence')
    expect(band(0)).toBe('no evidence')
    expect(band(35)).toBe('limited')
    expect(band(89.9)).toBe('comprehensive')
    expect(band(90)).toBe('outstanding')
  })

  it('names each band in the user’s language', () => {
    expect(bandName('no evidence')).toBe('no evidence')
    expect(bandName('comprehensive')).toBe('comprehensive')
  })
})

describe('the RADAR attributes of a section', () => {
  it('refuses a framework without RADAR attributes, and a section without an attribute set', () => {
    const maturity = miniMaturity()
    expect(() => elementsFor(maturity, maturity.sections[0]!)).toThrow('Mini maturity has no RADAR attributes for S1.')
    expect(() => elementsFor(framework, { ...A, attributeSet: undefined })).toThrow('Mini RADAR has no RADAR attributes for A.')
    expect(elementsFor(framework, A).map((e) => e.id)).toEqual(['approach', 'deployment'])
  })
})

describe('the score of one rating, by the fast path', () => {
  it('a quick score as it is; a RADAR grid through elements to the nearest 5', () => {
    expect(ratingValue(framework, A, a1, { kind: 'quick', score: 55 })).toBe(55)
    // Approach (50 + 60) ÷ 2 = 55, Deployment 40 → 47.5 → 50 (a half goes up)
    expect(value({ sound: 50, integrated: 60, implemented: 40 })).toBe(50)
    // Approach 100, Deployment 0 → 50
    expect(value({ sound: 100, integrated: 100, implemented: 0 })).toBe(50)
  })

  it('refuses a quick score off the scale', () => {
    expect(() => ratingValue(framework, A, a1, { kind: 'quick', score: 7 })).toThrow('The score for a1 must be between 0 and 100 in steps of 5; 7 is not.')
  })

  it('refuses a grid with an attribute missing, naming the part, the element and the attribute', () => {
    expect(() => value({ sound: 50, integrated: 60 })).toThrow('a1 Item a1 has no score for Deployment: Implemented.')
    expect(() => value({})).toThrow('a1 Item a1 has no score for Approach: Sound.')
  })

  it('refuses an attribute score off the scale', () => {
    expect(() => value({ sound: 52, integrated: 60, implemented: 40 })).toThrow('The score for Sound must be between 0 and 100 in steps of 5; 52 is not.')
  })

  it('refuses scores for attributes the section does not have, naming them all', () => {
    expect(() => value({ sound: 50, integrated: 60, implemented: 40, bogus: 5, extra: 10 })).toThrow('a1 Item a1 has scores for unknown RADAR attributes: bogus, extra.')
  })

  it('refuses to score against no elements, or an element without attributes: there is no mean of nothing', () => {
    expect(() => proposedFor([], {}, a1)).toThrow(new RangeError('mean of no values'))
    expect(() => proposedFor([{ id: 'empty', name: 'Empty', attributes: [] }], {}, a1)).toThrow(new RangeError('mean of no values'))
  })

  it('remembers the score of an attributes record per set of elements, and reads the record once', () => {
    let reads = 0
    const attributes = {
      get sound() { reads++; return 100 },
      get integrated() { reads++; return 100 },
      get implemented() { reads++; return 0 },
    }
    const enabler = elementsFor(framework, A)
    // one element holding all three: (100 + 100 + 0) ÷ 3 = 66.7 → 65
    const oneElement: Element[] = [{ id: 'all', name: 'All', attributes: enabler.flatMap((e) => e.attributes) }]
    expect(proposedFor(enabler, attributes, a1)).toBe(50)
    expect(reads).toBe(3)
    expect(proposedFor(enabler, attributes, a1)).toBe(50)
    expect(reads).toBe(3)
    expect(proposedFor(oneElement, attributes, a1)).toBe(65)
    expect(reads).toBe(6)
  })
})

describe('the score of one rating, with its chain', () => {
  it('a quick score says it was entered as one, and is checked', () => {
    const { proposed, explanation } = ratingScore(framework, A, a1, { kind: 'quick', score: 55 })
    expect(proposed).toBe(55)
    expect(explanationLines(explanation)).toEqual(['a1 Item a1: 55 (entered as a quick part score)'])
    expect(() => ratingScore(framework, A, a1, { kind: 'quick', score: 101 })).toThrow('The score for a1 must be between 0 and 100 in steps of 5; 101 is not.')
  })

  it('an override replaces the proposal, shows it as its input, and must be on the scale with a rationale', () => {
    const part = partScore(framework, A, a1, { kind: 'quick', score: 55 }, { score: 70, rationale: 'Audit evidence' })
    expect(part).toMatchObject({ score: 70, proposed: 55, overridden: true })
    expect(explanationLines(part.explanation)).toEqual([
      'a1 Item a1: 70 (set by the team instead of the proposed 55: “Audit evidence”)',
      '  a1 Item a1: 55 (entered as a quick part score)',
    ])
    expect(() => partScore(framework, A, a1, { kind: 'quick', score: 55 }, { score: 72, rationale: 'Why' })).toThrow('The override for a1 must be between 0 and 100 in steps of 5; 72 is not.')
    expect(() => partScore(framework, A, a1, { kind: 'quick', score: 55 }, { score: 70, rationale: ' ' })).toThrow('Overriding the score of a1 needs a written rationale.')
  })
})
