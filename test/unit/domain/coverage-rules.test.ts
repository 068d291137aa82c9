import { describe, expect, it } from 'vitest'
import { achievedByGroup, BREADTH_THRESHOLD, blindSpots, designCoverage, designCoverageOf } from '../../../common/domain/coverage'
import { explanationLines } from '../../../common/domain/explanation'
import type { Framework } from '../../../common/domain/framework'
import type { GroupVector, Relevance } from '../../../common/domain/stakeholders'
import { initCatalogue } from '../../../common/i18n/full-catalogue'
import { PSEUDO_LOCALE } from '../../../common/i18n/pseudo-locale'
import { item, miniCoverage } from '../../support/mini-frameworks'

// Figures are written in the system's locale: the tests compare with its decimal separator.
const decimal = new Intl.NumberFormat(undefined).formatToParts(1.5).find((p) => p.type === 'decimal')!.value
const local = (text: string) => text.replaceAll('.', decimal)

const publicSector: GroupVector = { customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 }

/** One framework of a single item with this relevance: its weight is 1, so C(g) is the relevance itself. */
function oneItem(relevance: Partial<Relevance>): Framework {
  return { ...miniCoverage(), sections: [{ id: 'S', title: 'Only', items: [item('x', relevance)] }] }
}

describe('design coverage: the chain of numbers it shows', () => {
  it('explains the balance index from C(g), P(g), the beyond-customer share and the breadth, with the figures of miniCoverage', () => {
    // C: customers .35, people/owners/partners .1, society/regulators .05, internal .25 (coverage.test.ts)
    // external = .75; P: customers .35/.75 = 46.7 %, .1/.75 = 13.3 %, .05/.75 = 6.7 %
    // beyond customers 1 − .4667 = 53.3 %; balance .849834 → 0.85; breadth 6 (every P ≥ 5 %)
    expect(explanationLines(designCoverage(miniCoverage()).explanation)).toEqual([
      local('Mini coverage: stakeholder focus: balance index 0.85 (−Σ P(g)·ln P(g) ÷ ln 6 over the six groups; 1 is even attention, 0 is a single group)'),
      '  Design coverage C(g): customers 35 %, people 10 %, owners 10 %, partners 10 %, society 5 %, regulators 5 %, internal 25 % (Σ item weight × item relevance ÷ Σ item weight, over 2 items)',
      local('  Stakeholder focus P(g): customers 46.7 %, people 13.3 %, owners 13.3 %, partners 13.3 %, society 6.7 %, regulators 6.7 % (C(g) ÷ 0.75 (the share not marked internal))'),
      local('  Beyond-customer share: 53.3 % (1 − P(customers) = 1 − 0.467)'),
      '  Breadth: 6 of 6 groups (groups with P(g) ≥ 5 %)',
    ])
  })

  it('refuses a framework whose items are all internal: there is no stakeholder focus to work out', () => {
    // external = Σ C(g) over the six groups = 0 exactly
    expect(() => designCoverage(oneItem({ internal: 1 }))).toThrow('Mini coverage has no stakeholder relevance outside its own management system.')
  })

  it('counts a group towards breadth from exactly 5 % of the attention, and from 5 % less a billionth of binary noise', () => {
    // One item of weight 1 whose six groups add up to exactly 1: P(g) is the relevance itself.
    const breadthWith = (society: number) => designCoverage(oneItem({ customers: 1 - society, society, internal: 0 })).breadth
    expect(BREADTH_THRESHOLD).toBe(0.05)
    expect(breadthWith(0.05)).toBe(2) // customers .95 and society .05
    expect(breadthWith(0.05 - 1e-9)).toBe(2) // within the tolerance of the threshold
    expect(breadthWith(0.0499)).toBe(1) // customers only
    const design = designCoverage(oneItem({ customers: 0.95, society: 0.05 }))
    expect(design.beyondCustomerShare).toBeCloseTo(0.05, 12)
    expect(explanationLines(design.explanation).at(-1)).toBe('  Breadth: 2 of 6 groups (groups with P(g) ≥ 5 %)')
  })

  it('is worked out once per framework and language', () => {
    const framework = miniCoverage()
    const once = designCoverageOf(framework)
    expect(designCoverageOf(framework)).toBe(once)
    expect(designCoverageOf(miniCoverage())).not.toBe(once) // another framework object
    try {
      initCatalogue(PSEUDO_LOCALE)
      const pseudo = designCoverageOf(framework)
      expect(pseudo).not.toBe(once)
      expect(pseudo.balanceIndex).toBe(once.balanceIndex)
      expect(designCoverageOf(framework)).toBe(pseudo)
    } finally {
      initCatalogue('en')
    }
  })
})

describe('blind spots at the tolerance', () => {
  it('a group half its target less a billionth (binary noise) is not a blind spot; less two billionths is', () => {
    // public sector: ½ T(society) = .125
    const focus = (society: number): GroupVector => ({ customers: 0.5, people: 0.15, owners: 0.2, partners: 0.05, society, regulators: 0.1 })
    expect(blindSpots(focus(0.25 / 2 - 1e-9), publicSector)).toEqual([])
    expect(blindSpots(focus(0.125 - 2e-9), publicSector)).toEqual(['society'])
  })
})

describe('achieved score per group: answers, unanswered and not-applicable items', () => {
  // x: customers .5, internal .5; y: customers .2, people .2, owners .2, partners .2, society .1, regulators .1; weights ½ each.

  it('accepts results of exactly 0 and 1 and refuses a negative one', () => {
    // customers: (.5·.5·1 + .5·.2·0) ÷ .35 = .25/.35
    expect(achievedByGroup(miniCoverage(), { x: 1, y: 0 }).customers.score).toBeCloseTo(0.25 / 0.35, 12)
    expect(() => achievedByGroup(miniCoverage(), { x: -0.1 })).toThrow('The result of x must lie between 0 and 1; -0.1 does not.')
    expect(() => achievedByGroup(miniCoverage(), { x: Number.NaN })).toThrow('The result of x must lie between 0 and 1; NaN does not.')
  })

  it('explains each group’s score with the number of answered items that concern it and the answered share of its weight', () => {
    // x = .6 only. customers: x answered (mass .25), y not (mass .1) → score .6, 1 item, .25/.35 = 71.4 %
    // people: x does not concern people (relevance 0), y unanswered → no answer, 0 items, 0 %
    const achieved = achievedByGroup(miniCoverage(), { x: 0.6 })
    expect(explanationLines(achieved.customers.explanation)).toEqual([
      local("Mini coverage: achieved for customers: 60 % (Σ weight × relevance × result ÷ Σ weight × relevance over 1 answered items; 71.4 % of the group's weight answered)"),
    ])
    expect(explanationLines(achieved.people.explanation)).toEqual([
      "Mini coverage: achieved for people: no answer yet (Σ weight × relevance × result ÷ Σ weight × relevance over 0 answered items; 0 % of the group's weight answered)",
    ])
  })

  it('counts both answered items for customers and leaves a not-applicable item out of the count and the weight', () => {
    // x .6, y .2: customers (.15 + .02) ÷ .35 = .4857 → 48.6 %, 2 items, 100 %
    const both = achievedByGroup(miniCoverage(), { x: 0.6, y: 0.2 })
    expect(both.customers.explanation.value).toBe(local('48.6 %'))
    expect(both.customers.explanation.rule).toBe("Σ weight × relevance × result ÷ Σ weight × relevance over 2 answered items; 100 % of the group's weight answered")
    // society: only y concerns it → 1 item
    expect(both.society.explanation.rule).toBe("Σ weight × relevance × result ÷ Σ weight × relevance over 1 answered items; 100 % of the group's weight answered")
    // x not applicable, y unanswered: customers has only y's weight left, none of it answered
    const na = achievedByGroup(miniCoverage(), { x: 'not-applicable' })
    expect(na.customers).toMatchObject({ score: null, answeredShare: 0 })
    expect(na.customers.explanation.rule).toBe("Σ weight × relevance × result ÷ Σ weight × relevance over 0 answered items; 0 % of the group's weight answered")
  })
})
