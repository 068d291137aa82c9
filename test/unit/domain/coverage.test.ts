import { describe, expect, it } from 'vitest'
import { achievedByGroup, balance, blindSpots, designCoverage, itemWeights, misalignment } from '../../../common/domain/coverage'
import type { GroupVector } from '../../../common/domain/stakeholders'
import { miniCoverage, miniRadar } from '../../support/mini-frameworks'

const balanced: GroupVector = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }
const publicSector: GroupVector = { customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 }

describe('stakeholder coverage formulas (domain.md §5), by hand', () => {
  // x: customers .5, internal .5; y: customers .2, people .2, owners .2, partners .2, society .1, regulators .1; weights ½ each.
  const design = designCoverage(miniCoverage())

  it('item weights: points ÷ items in a pointed section, otherwise an equal share', () => {
    expect(Object.fromEntries(itemWeights(miniCoverage()))).toEqual({ x: 0.5, y: 0.5 })
    expect(Object.fromEntries(itemWeights(miniRadar()))).toEqual({ a1: 50, a2: 50, b1: 100, b2: 100 })
  })

  it('design coverage C(g) = Σ w·r(g) ÷ Σ w, internal included', () => {
    // customers (.5·.5 + .5·.2) ÷ 1 = .35; people .1; owners .1; partners .1; society .05; regulators .05; internal .25
    const expected = { customers: 0.35, people: 0.1, owners: 0.1, partners: 0.1, society: 0.05, regulators: 0.05, internal: 0.25 }
    for (const [key, value] of Object.entries(expected)) expect(design.coverage[key as keyof typeof expected]).toBeCloseTo(value, 12)
  })

  it('stakeholder focus P(g) = C(g) ÷ Σ non-internal C, and the beyond-customer share', () => {
    // non-internal total .75 → customers .35/.75 = .4667; people, owners, partners .1/.75 = .1333; society, regulators .05/.75 = .0667
    expect(design.focus.customers).toBeCloseTo(0.35 / 0.75, 12)
    expect(design.focus.people).toBeCloseTo(0.1 / 0.75, 12)
    expect(design.focus.society).toBeCloseTo(0.05 / 0.75, 12)
    expect(design.beyondCustomerShare).toBeCloseTo(1 - 0.35 / 0.75, 12) // .5333
    expect(design.breadth).toBe(6) // every P(g) ≥ .05
  })

  it('balance index = −Σ P ln P ÷ ln 6', () => {
    // .4667·ln .4667 = −.355665; 3 × .1333·ln .1333 = −.805961; 2 × .0667·ln .0667 = −.361073
    // H = 1.522699; ÷ ln 6 (1.791759) = .849834
    expect(design.balanceIndex).toBeCloseTo(0.849834, 5)
    expect(balance(balanced)).toBeCloseTo(1, 12)
    expect(balance({ customers: 1, people: 0, owners: 0, partners: 0, society: 0, regulators: 0 })).toBe(0)
  })

  it('misalignment = ½ Σ |P − T|', () => {
    // balanced: |.4667 − .1667| = .3; 3 × |.1333 − .1667| = .1; 2 × |.0667 − .1667| = .2 → .6 ÷ 2 = .3
    expect(misalignment(design.focus, balanced)).toBeCloseTo(0.3, 12)
    // public: .1667 + .0167 + .0333 + .0333 + .1833 + .0333 = .4667 ÷ 2 = .2333
    expect(misalignment(design.focus, publicSector)).toBeCloseTo(0.7 / 3, 12)
    expect(misalignment(balanced, balanced)).toBeCloseTo(0, 12)
  })

  it('blind spot: P(g) < ½ T(g)', () => {
    // balanced: ½ T = .0833 → society and regulators (.0667)
    expect(blindSpots(design.focus, balanced)).toEqual(['society', 'regulators'])
    // public: society .0667 < .125; regulators .0667 ≥ .05; people .1333 ≥ .075
    expect(blindSpots(design.focus, publicSector)).toEqual(['society'])
  })

  it('a group given exactly half its target attention is not a blind spot; just under half is', () => {
    // public sector: ½ T(society) = .125, ½ T(regulators) = .05, ½ T(customers) = .15
    const focus = (society: number, regulators: number): GroupVector => ({ customers: 0.5, people: 0.15, owners: 0.125 - (society - 0.125) - (regulators - 0.05), partners: 0.05, society, regulators })
    expect(blindSpots(focus(0.125, 0.05), publicSector)).toEqual([])
    // Half to within the noise of binary fractions (a focus worked out from sums) is still half.
    expect(blindSpots(focus(0.125 - 1e-12, 0.05 - 1e-12), publicSector)).toEqual([])
    expect(blindSpots(focus(0.124, 0.05), publicSector)).toEqual(['society'])
    expect(blindSpots(focus(0.125, 0.0499), publicSector)).toEqual(['regulators'])
  })

  it('achieved score A(g) = Σ w·r(g)·s ÷ Σ w·r(g) over answered items, with the answered share', () => {
    // x = level 3 (s .6), y = level 1 (s .2)
    // customers: (.5·.5·.6 + .5·.2·.2) ÷ (.5·.5 + .5·.2) = (.15 + .02) ÷ .35 = .4857; people: only y → .2
    const full = achievedByGroup(miniCoverage(), { x: 0.6, y: 0.2 })
    expect(full.customers.score).toBeCloseTo(0.17 / 0.35, 12)
    expect(full.people.score).toBeCloseTo(0.2, 12)
    expect(full.people.answeredShare).toBe(1)

    // y unanswered: customers .6 with .25 ÷ .35 = 71.4 % of its weight answered; people no answer yet
    const partial = achievedByGroup(miniCoverage(), { x: 0.6 })
    expect(partial.customers.score).toBeCloseTo(0.6, 12)
    expect(partial.customers.answeredShare).toBeCloseTo(0.25 / 0.35, 12)
    expect(partial.people).toMatchObject({ score: null, answeredShare: 0 })

    // y not applicable: it leaves the denominator too, so customers are fully answered
    const na = achievedByGroup(miniCoverage(), { x: 0.6, y: 'not-applicable' })
    expect(na.customers).toMatchObject({ score: 0.6, answeredShare: 1 })
    expect(na.people).toMatchObject({ score: null, answeredShare: 0 })
  })

  it('rejects a target profile that does not sum to 1 and results outside [0, 1]', () => {
    expect(() => misalignment(design.focus, { ...balanced, customers: 0.5 })).toThrow('A target profile must add up to 100 %; this one adds up to 133.3 %.')
    expect(() => blindSpots(design.focus, { customers: 1 } as GroupVector)).toThrow('A target profile has no weight for people.')
    expect(() => achievedByGroup(miniCoverage(), { x: 1.2 })).toThrow('The result of x must lie between 0 and 1; 1.2 does not.')
    expect(() => achievedByGroup(miniCoverage(), { zz: 0.5 })).toThrow('There is no item "zz"')
  })
})
