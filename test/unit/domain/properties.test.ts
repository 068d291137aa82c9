import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import efqmJson from '../../../assets/frameworks/efqm-2025.json'
import isoJson from '../../../assets/frameworks/iso-9001-2015.json'
import { achievedByGroup, balance, blindSpots, designCoverage, misalignment } from '../../../common/domain/coverage'
import { scoreEfqm, type EfqmConsensus } from '../../../common/domain/efqm-scoring'
import { allItems, parseFramework, type Framework } from '../../../common/domain/framework'
import { scoreIso, type IsoConsensus } from '../../../common/domain/iso-scoring'
import { GROUP_IDS, RELEVANCE_KEYS, type GroupVector, type Relevance } from '../../../common/domain/stakeholders'
import { spread } from '../../../common/domain/team'
import { item, miniMaturity } from '../../support/mini-frameworks'

const efqm = parseFramework(efqmJson)
const iso = parseFramework(isoJson)

const radarScore = fc.integer({ min: 0, max: 20 }).map((n) => n * 5)
const efqmRating = fc.oneof(
  radarScore.map((score) => ({ kind: 'quick' as const, score })),
  fc.record({
    sound: radarScore, integrated: radarScore, implemented: radarScore, structured: radarScore,
    measurement: radarScore, learningCreativity: radarScore, improvementInnovation: radarScore,
  }).map((attributes) => ({ kind: 'radar' as const, attributes })),
)
// Results parts use their own attributes; quick scores keep the generator valid for any part.
const efqmConsensus = fc.dictionary(
  fc.constantFrom(...allItems(efqm).map((i) => i.id)),
  fc.record({ rating: efqmRating, override: fc.option(radarScore.map((score) => ({ score, rationale: 'agreed' })), { nil: undefined }) }),
).map((entries) => {
  const resultIds = new Set(efqm.sections.filter((s) => s.attributeSet === 'results').flatMap((s) => s.items.map((i) => i.id)))
  return Object.fromEntries(
    Object.entries(entries).map(([id, entry]) => [
      id,
      { ...(resultIds.has(id) && entry.rating.kind === 'radar' ? { rating: { kind: 'quick' as const, score: entry.rating.attributes.sound } } : { rating: entry.rating }), ...(entry.override ? { override: entry.override } : {}) },
    ]),
  ) as Record<string, EfqmConsensus>
})

const weights = (keys: readonly string[]) =>
  fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: keys.length, maxLength: keys.length })
    .filter((values) => values.some((v) => v > 0))
    .map((values) => {
      const total = values.reduce((a, b) => a + b, 0)
      return Object.fromEntries(keys.map((key, i) => [key, values[i]! / total]))
    })
const groupVector = weights(GROUP_IDS) as fc.Arbitrary<GroupVector>

/** Random maturity frameworks of 1–12 items with random relevance vectors (at least some non-internal). */
const randomFramework: fc.Arbitrary<Framework> = fc
  .array(weights(RELEVANCE_KEYS).filter((r) => (r as Relevance).internal < 0.999), { minLength: 1, maxLength: 12 })
  .map((vectors) => ({
    ...miniMaturity(),
    sections: [{ id: 'S', title: 'Random', items: vectors.map((relevance, i) => item(`i${i}`, relevance as Relevance)) }],
  }))

describe('properties (fast-check)', () => {
  it('EFQM: every part stays in 0–100 on a step of 5, every criterion in 0–100 %, the total in 0–1000', () => {
    fc.assert(
      fc.property(efqmConsensus, (consensus) => {
        const result = scoreEfqm(efqm, consensus)
        for (const part of Object.values(result.parts)) expect(part.score % 5 === 0 && part.score >= 0 && part.score <= 100).toBe(true)
        for (const c of result.criteria) if (c.percent !== null) expect(c.percent >= -1e-9 && c.percent <= 100 + 1e-9).toBe(true)
        expect(result.total).toBeGreaterThanOrEqual(0)
        expect(result.total).toBeLessThanOrEqual(result.assessedPoints + 1e-9)
        expect(result.assessedPoints).toBeLessThanOrEqual(1000)
      }),
      { numRuns: 300 },
    )
  })

  it('ISO: readiness stays in 0–1 and the maturity index in 0–100', () => {
    const consensus = fc.dictionary(
      fc.constantFrom(...allItems(iso).map((i) => i.id)),
      fc.oneof(
        fc.integer({ min: 0, max: 5 }).map((level) => ({ rating: { kind: 'level' as const, level } })),
        fc.constant({ rating: { kind: 'not-applicable' as const, justification: 'out of scope' } }),
      ),
    ) as fc.Arbitrary<Record<string, IsoConsensus>>
    fc.assert(
      fc.property(consensus, (answers) => {
        const result = scoreIso(iso, answers)
        for (const summary of [result.overall, ...result.clauses]) {
          if (summary.readiness === null) continue
          expect(summary.readiness).toBeGreaterThanOrEqual(0)
          expect(summary.readiness).toBeLessThanOrEqual(1)
          expect(summary.maturityIndex!).toBeGreaterThanOrEqual(0)
          expect(summary.maturityIndex!).toBeLessThanOrEqual(100)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('team spread: min ≤ median, mean ≤ max; range and standard deviation are never negative', () => {
    fc.assert(
      fc.property(fc.array(radarScore, { minLength: 1, maxLength: 40 }), (scores) => {
        const s = spread(scores)!
        expect(s.min).toBeLessThanOrEqual(s.median)
        expect(s.median).toBeLessThanOrEqual(s.max)
        expect(s.mean).toBeGreaterThanOrEqual(s.min - 1e-9)
        expect(s.mean).toBeLessThanOrEqual(s.max + 1e-9)
        expect(s.range).toBeGreaterThanOrEqual(0)
        expect(s.standardDeviation).toBeGreaterThanOrEqual(0)
        expect(s.standardDeviation).toBeLessThanOrEqual(s.range / 2 + 1e-9)
      }),
    )
  })

  it('coverage: C sums to 1, P sums to 1; balance, misalignment and achieved scores stay in [0, 1]; breadth in 1–6', () => {
    fc.assert(
      fc.property(randomFramework, groupVector, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }), (framework, target, results) => {
        const design = designCoverage(framework)
        expect(RELEVANCE_KEYS.reduce((sum, key) => sum + design.coverage[key], 0)).toBeCloseTo(1, 9)
        expect(GROUP_IDS.reduce((sum, key) => sum + design.focus[key], 0)).toBeCloseTo(1, 9)
        expect(design.balanceIndex).toBeGreaterThanOrEqual(0)
        expect(design.balanceIndex).toBeLessThanOrEqual(1 + 1e-9)
        expect(design.breadth).toBeGreaterThanOrEqual(1)
        expect(design.breadth).toBeLessThanOrEqual(6)
        const m = misalignment(design.focus, target)
        expect(m).toBeGreaterThanOrEqual(0)
        expect(m).toBeLessThanOrEqual(1 + 1e-9)
        expect(blindSpots(design.focus, target).every((g) => design.focus[g] < target[g])).toBe(true)
        const shares = Object.fromEntries(allItems(framework).map((it, i) => [it.id, results[i]!]))
        for (const achieved of Object.values(achievedByGroup(framework, shares))) {
          if (achieved.score !== null) {
            expect(achieved.score).toBeGreaterThanOrEqual(-1e-12)
            expect(achieved.score).toBeLessThanOrEqual(1 + 1e-12)
          }
          expect(achieved.answeredShare).toBeLessThanOrEqual(1 + 1e-12)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('balance is 1 exactly when attention is even and 0 exactly when one group has it all', () => {
    const even = fc.constant(Object.fromEntries(GROUP_IDS.map((id) => [id, 1 / GROUP_IDS.length])) as GroupVector)
    const single = fc.constantFrom(...GROUP_IDS).map((only) => Object.fromEntries(GROUP_IDS.map((id) => [id, id === only ? 1 : 0])) as GroupVector)
    fc.assert(
      fc.property(fc.oneof(groupVector, even, single), (focus) => {
        const b = balance(focus)
        const isEven = GROUP_IDS.every((id) => Math.abs(focus[id] - 1 / GROUP_IDS.length) < 1e-12)
        const isSingle = GROUP_IDS.filter((id) => focus[id] > 0).length === 1
        expect(b).toBeGreaterThanOrEqual(0)
        expect(b).toBeLessThanOrEqual(1 + 1e-9)
        expect(Math.abs(b - 1) < 1e-12).toBe(isEven)
        expect(Math.abs(b) < 1e-12).toBe(isSingle)
      }),
      { numRuns: 500 },
    )
  })
})
