import fc from 'fast-check'
import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { designCoverage, designCoverageOf } from '../../../common/domain/coverage'
import { explanationLines } from '../../../common/domain/explanation'
import { allItems, findItem, itemIndex } from '../../../common/domain/framework'
import { median, medianInPlace, selectInPlace } from '../../../common/domain/numbers'
import { elementsFor, proposedFor, ratingScore, ratingValue } from '../../../common/domain/radar'
import type { EfqmRating, Rating } from '../../../common/domain/ratings'
import { participantRoles, spread, summariseItem, type Participant } from '../../../common/domain/team'
import { computeWorkshopResults } from '../../../common/domain/workshop-results'
import { initCatalogue } from '../../../common/i18n/full-catalogue'
import { PSEUDO_LOCALE } from '../../../common/i18n/pseudo-locale'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'
import { efqmFramework, fullWorkshop, isoFramework } from '../../support/workshop-fixture'

// The helpers that keep a recompute at 100 participants within a frame: each must give exactly
// what the plain definition gives, and reuse work only for the very same inputs.

const sortedMedian = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
// −0 is taken as 0 (`+ 0`): no score is ever −0, and which zero a selection lands on is not a figure.
const scoreList = fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }).map((n) => n * 5), fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0)), { minLength: 1, maxLength: 120 })

describe('median by selection instead of a sort', () => {
  it('finds the same middle value(s) as sorting, for odd and even counts and many ties', () => {
    expect(median([85, 40, 70, 55])).toBe(62.5)
    expect(median([3])).toBe(3)
    expect(median([5, 5, 5, 0, 100])).toBe(5)
    fc.assert(fc.property(scoreList, (values) => {
        expect(median(values)).toBe(sortedMedian(values))
      }), { numRuns: 500 })
  })

  it('selectInPlace returns the k-th smallest and leaves nothing larger before it, nothing smaller after it', () => {
    fc.assert(
      fc.property(scoreList, fc.nat(), (values, seed) => {
        const k = seed % values.length
        const array = Float64Array.from(values)
        const found = selectInPlace(array, k)
        expect(found).toBe([...values].sort((a, b) => a - b)[k])
        for (let i = 0; i < k; i++) expect(array[i]).toBeLessThanOrEqual(found)
        for (let i = k + 1; i < array.length; i++) expect(array[i]).toBeGreaterThanOrEqual(found)
        expect([...array].sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b))
      }),
      { numRuns: 300 },
    )
    expect(() => selectInPlace(Float64Array.of(1, 2), 2)).toThrow(RangeError)
  })

  it('is NaN when a value is NaN, and refuses an empty list', () => {
    expect(medianInPlace(Float64Array.of(1, NaN, 3))).toBeNaN()
    expect(() => medianInPlace(new Float64Array(0))).toThrow(RangeError)
  })
})

describe('team spread in one pass', () => {
  it('gives the textbook figures to the last bit: Math.min, Math.max, the mean, the sorted median, the population deviation', () => {
    fc.assert(
      fc.property(scoreList, (values) => {
        const mean = values.reduce((total, v) => total + v, 0) / values.length
        const deviation = Math.sqrt(values.map((v) => (v - mean) ** 2).reduce((total, v) => total + v, 0) / values.length)
        expect(spread(values)).toEqual({
          count: values.length,
          median: sortedMedian(values),
          mean,
          min: Math.min(...values),
          max: Math.max(...values),
          range: Math.max(...values) - Math.min(...values),
          standardDeviation: deviation,
        })
      }),
      { numRuns: 500 },
    )
  })

  it('does not reorder the caller’s list', () => {
    const scores = [85, 40, 70, 55]
    spread(scores)
    expect(scores).toEqual([85, 40, 70, 55])
  })
})

describe('item index per framework', () => {
  it('is built once per framework and finds every item with its own section', () => {
    expect(itemIndex(efqmFramework)).toBe(itemIndex(efqmFramework))
    for (const framework of [efqmFramework, isoFramework, efqmFramework]) {
      const index = itemIndex(framework)
      expect(index.size).toBe(allItems(framework).length)
      for (const section of framework.sections) for (const item of section.items) expect(findItem(framework, item.id)).toEqual({ item, section })
    }
  })

  it('keeps frameworks apart, alternating between them', () => {
    const radar = miniRadar()
    const maturity = miniMaturity()
    expect(findItem(radar, 'a1').section.id).toBe('A')
    expect(findItem(maturity, 'u4').section.id).toBe('S2')
    expect(() => findItem(radar, 'u4')).toThrow('u4')
    expect(() => findItem(maturity, 'a1')).toThrow('a1')
  })
})

describe('participant roles per team list', () => {
  const team: Participant[] = [
    { id: 'p1', name: 'Ana', role: 'leadership' },
    { id: 'p2', name: 'Ben', role: 'staff' },
  ]

  it('looks each role up by id, built once per list', () => {
    expect(participantRoles(team)).toBe(participantRoles(team))
    expect([...participantRoles(team)]).toEqual([
      ['p1', 'leadership'],
      ['p2', 'staff'],
    ])
  })

  it('a new list (the app copies the team to change it) gets its own roles', () => {
    const changed = team.map((p) => (p.id === 'p2' ? { ...p, role: 'external' as const } : p))
    expect(participantRoles(changed).get('p2')).toBe('external')
    expect(participantRoles(team).get('p2')).toBe('staff')
  })
})

describe('RADAR score of one vote, without its chain', () => {
  const radarScore = fc.integer({ min: 0, max: 20 }).map((n) => n * 5)

  it('is the proposed score of the full chain, for every part of the real model', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allItems(efqmFramework).map((i) => i.id)), fc.array(radarScore, { minLength: 7, maxLength: 7 }), (itemId, scores) => {
        const { item, section } = findItem(efqmFramework, itemId)
        const ids = elementsFor(efqmFramework, section).flatMap((e) => e.attributes.map((a) => a.id))
        const rating: EfqmRating = { kind: 'radar', attributes: Object.fromEntries(ids.map((id, i) => [id, scores[i % scores.length]!])) }
        expect(ratingValue(efqmFramework, section, item, rating)).toBe(ratingScore(efqmFramework, section, item, rating).proposed)
      }),
      { numRuns: 300 },
    )
  })

  it('reads a changed vote afresh: a new attributes record gives its own score', () => {
    const framework = miniRadar()
    const { item, section } = findItem(framework, 'a1')
    const first = { kind: 'radar' as const, attributes: { sound: 60, integrated: 70, implemented: 50 } }
    expect(ratingValue(framework, section, item, first)).toBe(60)
    expect(ratingValue(framework, section, item, first)).toBe(60)
    const edited = { kind: 'radar' as const, attributes: { ...first.attributes, implemented: 100 } }
    // (60 + 70) / 2 = 65, 100 → 82.5 → 85
    expect(ratingValue(framework, section, item, edited)).toBe(85)
  })

  it('scores the same record again against other elements', () => {
    const attributes = { sound: 60, integrated: 70, implemented: 50 }
    const one = [{ id: 'all', name: 'All', attributes: [{ id: 'sound', name: 'S', help: '' }, { id: 'integrated', name: 'I', help: '' }, { id: 'implemented', name: 'M', help: '' }] }]
    const two = miniRadar().radar!.enabler
    // One element: 180 / 3 = 60. Two elements: 65 and 50 → 57.5 → 60 (then 55 with implemented 40).
    expect(proposedFor(one, attributes, findItem(miniRadar(), 'a1').item)).toBe(60)
    expect(proposedFor(two, attributes, findItem(miniRadar(), 'a1').item)).toBe(60)
    const lower = { sound: 60, integrated: 70, implemented: 40 }
    expect(proposedFor(one, lower, findItem(miniRadar(), 'a1').item)).toBe(55)
    expect(proposedFor(two, lower, findItem(miniRadar(), 'a1').item)).toBe(55)
    expect(proposedFor([{ ...one[0]!, attributes: one[0]!.attributes.slice(0, 2) }, { id: 'm', name: 'M', attributes: [one[0]!.attributes[2]!] }], lower, findItem(miniRadar(), 'a1').item)).toBe(55)
  })

  it('never remembers a bad vote: it is refused every time, with the reason', () => {
    const framework = miniRadar()
    const { item, section } = findItem(framework, 'a1')
    const missing = { kind: 'radar' as const, attributes: { sound: 60, integrated: 70 } }
    const offStep = { kind: 'radar' as const, attributes: { sound: 60, integrated: 72, implemented: 50 } }
    const extra = { kind: 'radar' as const, attributes: { sound: 60, integrated: 70, implemented: 50, trends: 10 } }
    for (let i = 0; i < 2; i++) {
      expect(() => ratingValue(framework, section, item, missing)).toThrow('Implemented')
      expect(() => ratingValue(framework, section, item, offStep)).toThrow('72')
      expect(() => ratingValue(framework, section, item, extra)).toThrow('trends')
      expect(() => ratingValue(framework, section, item, { kind: 'quick', score: 101 })).toThrow('101')
    }
  })
})

describe('team summary given again for the very same votes', () => {
  const team: Participant[] = [
    { id: 'p1', name: 'Ana', role: 'leadership' },
    { id: 'p2', name: 'Ben', role: 'staff' },
    { id: 'p3', name: 'Chloé', role: 'staff' },
  ]
  const quick = (score: number): Rating => ({ kind: 'quick', score })
  const votes = { p1: quick(80), p2: quick(40), p3: quick(60) }

  it('the same rating objects from the same team, in a fresh record, give the same summary', () => {
    const framework = miniRadar()
    const first = summariseItem(framework, 'a2', { ...votes }, team)
    expect(summariseItem(framework, 'a2', { ...votes }, team)).toBe(first)
    expect(first).toMatchObject({ proposedConsensus: 60, leaderStaffGap: 30, disagreement: true })
  })

  it('a changed, added or removed vote, or another order of votes, is summarised afresh', () => {
    const framework = miniRadar()
    summariseItem(framework, 'a2', { ...votes }, team)
    expect(summariseItem(framework, 'a2', { ...votes, p2: quick(70) }, team)).toMatchObject({ proposedConsensus: 70, leaderStaffGap: 15, disagreement: false })
    const { p3: _removed, ...two } = votes
    expect(summariseItem(framework, 'a2', two, team).stats).toMatchObject({ count: 2, median: 60 })
    expect(summariseItem(framework, 'a2', { ...two, p3: quick(100) }, team).stats).toMatchObject({ count: 3, median: 80 })
    expect(summariseItem(framework, 'a2', { p3: votes.p3, p2: votes.p2, p1: votes.p1 }, team).scores.map((s) => s.participantId)).toEqual(['p3', 'p2', 'p1'])
  })

  it('another team list is summarised afresh: roles come from the list given', () => {
    const framework = miniRadar()
    expect(summariseItem(framework, 'a2', { ...votes }, team).leaderStaffGap).toBe(30)
    const p2Leads = team.map((p) => (p.id === 'p2' ? { ...p, role: 'leadership' as const } : p))
    // leaders 80, 40 → 60; staff 60 → gap 0
    expect(summariseItem(framework, 'a2', { ...votes }, p2Leads).leaderStaffGap).toBe(0)
    expect(() => summariseItem(framework, 'a2', { ...votes }, team.slice(0, 2))).toThrow('unknown participant (p3)')
  })

  it('keeps items and frameworks apart', () => {
    const framework = miniRadar()
    const a1 = summariseItem(framework, 'a1', { ...votes }, team)
    const a2 = summariseItem(framework, 'a2', { ...votes }, team)
    expect(a1).not.toBe(a2)
    expect(a1.itemId).toBe('a1')
    expect(summariseItem(miniRadar(), 'a1', { ...votes }, team)).not.toBe(a1)
  })

  it('words the explanation in the language of the moment it is made', () => {
    const framework = miniMaturity()
    const levels = { p1: { kind: 'level', level: 1 }, p2: { kind: 'level', level: 3 } } as Record<string, Rating>
    const english = explanationLines(summariseItem(framework, 'u1', { ...levels }, team).explanation!)
    try {
      initCatalogue(PSEUDO_LOCALE)
      const pseudo = explanationLines(summariseItem(framework, 'u1', { ...levels }, team).explanation!)
      expect(pseudo).not.toEqual(english)
    } finally {
      initCatalogue('en')
    }
    expect(explanationLines(summariseItem(framework, 'u1', { ...levels }, team).explanation!)).toEqual(english)
  })
})

describe('words only when an explanation is read', () => {
  afterEach(() => vi.restoreAllMocks())

  it('recomputing every result of a full workshop asks the catalogue for no words', () => {
    const input = fullWorkshop(5)
    const translate = vi.spyOn(i18next, 't')
    const results = computeWorkshopResults(input)
    expect(translate).not.toHaveBeenCalled()
    expect(explanationLines(results.efqm!.score.explanation).length).toBeGreaterThan(1)
    expect(explanationLines(results.iso!.score.overall.explanation).length).toBeGreaterThan(1)
    expect(translate).toHaveBeenCalled()
  })
})

describe('design coverage per framework', () => {
  it('is worked out once per framework and language, with the figures of designCoverage', () => {
    const framework = miniMaturity()
    const once = designCoverageOf(framework)
    expect(designCoverageOf(framework)).toBe(once)
    const fresh = designCoverage(framework)
    expect({ ...once, explanation: undefined }).toEqual({ ...fresh, explanation: undefined })
    expect(explanationLines(once.explanation)).toEqual(explanationLines(fresh.explanation))
    try {
      initCatalogue(PSEUDO_LOCALE)
      expect(designCoverageOf(framework)).not.toBe(once)
    } finally {
      initCatalogue('en')
    }
  })
})
