import i18next from 'i18next'
import { DomainError } from './errors'
import { explain, type Explanation } from './explanation'
import { allItems, findItem, type Framework } from './framework'
import { formatFigure } from './figures'
import { sum } from './numbers'
import { GROUP_IDS, groupWord, RELEVANCE_KEYS, validateGroupWeights, type GroupId, type GroupVector, type Relevance } from './stakeholders'
import { ownValue } from './records'

/** A group counts towards breadth when it gets at least this share of a framework's attention. */
export const BREADTH_THRESHOLD = 0.05
const TOLERANCE = 1e-9

/**
 * Each item's weight within its framework (domain.md §5): an item of a pointed section gets the
 * section's points divided by its items; otherwise every item gets an equal share.
 */
export function itemWeights(framework: Framework): Map<string, number> {
  const weights = new Map<string, number>()
  const items = allItems(framework)
  for (const section of framework.sections) {
    for (const item of section.items) {
      weights.set(item.id, section.points !== undefined ? section.points / section.items.length : 1 / items.length)
    }
  }
  return weights
}

export interface DesignCoverage {
  /** C_F(g): weighted share of the framework's attention, `internal` included; sums to 1. */
  coverage: Relevance
  /** P_F(g): the same over the six groups only; sums to 1. */
  focus: GroupVector
  beyondCustomerShare: number
  breadth: number
  balanceIndex: number
  explanation: Explanation
}

// A framework's design coverage depends on the framework alone, which is read-only once parsed;
// only the words of its explanation depend on the language, so each language gets its own.
const designCoverages = new WeakMap<Framework, { language: string | undefined; coverage: DesignCoverage }>()

/** `designCoverage`, worked out once per framework (and language) and given again after. */
export function designCoverageOf(framework: Framework): DesignCoverage {
  const language = i18next.language
  const known = designCoverages.get(framework)
  if (known?.language === language) return known.coverage
  const coverage = designCoverage(framework)
  designCoverages.set(framework, { language, coverage })
  return coverage
}

export function designCoverage(framework: Framework): DesignCoverage {
  const weights = itemWeights(framework)
  const totalWeight = sum([...weights.values()])
  const items = allItems(framework)
  const coverage = Object.fromEntries(
    RELEVANCE_KEYS.map((key) => [key, sum(items.map((item) => weights.get(item.id)! * item.relevance[key])) / totalWeight]),
  ) as Relevance
  const external = sum(GROUP_IDS.map((id) => coverage[id]))
  if (external <= 0) throw new DomainError(i18next.t('scoring:errors.noExternalRelevance', { framework: framework.name }))
  const focus = Object.fromEntries(GROUP_IDS.map((id) => [id, coverage[id] / external])) as GroupVector
  const beyondCustomerShare = 1 - focus.customers
  const breadth = GROUP_IDS.filter((id) => focus[id] >= BREADTH_THRESHOLD - TOLERANCE).length
  const balanceIndex = balance(focus)
  return {
    coverage,
    focus,
    beyondCustomerShare,
    breadth,
    balanceIndex,
    explanation: explain(
      () => i18next.t('scoring:coverage.focus.label', { framework: framework.name }),
      () => i18next.t('scoring:coverage.focus.value', { balance: formatFigure('index', balanceIndex) }),
      () => i18next.t('scoring:coverage.focus.rule'),
      [
        explain(
          () => i18next.t('scoring:coverage.design.label'),
          () => RELEVANCE_KEYS.map((key) => `${groupWord(key)} ${formatFigure('percent', coverage[key])}`).join(', '),
          () => i18next.t('scoring:coverage.design.rule', { items: weights.size }),
        ),
        explain(
          () => i18next.t('scoring:coverage.groupFocus.label'),
          () => GROUP_IDS.map((id) => `${groupWord(id)} ${formatFigure('percent', focus[id])}`).join(', '),
          () => i18next.t('scoring:coverage.groupFocus.rule', { external: formatFigure('weight', external) }),
        ),
        explain(
          () => i18next.t('scoring:coverage.beyondCustomer.label'),
          () => formatFigure('percent', beyondCustomerShare),
          () => i18next.t('scoring:coverage.beyondCustomer.rule', { customers: formatFigure('weight', focus.customers) }),
        ),
        explain(
          () => i18next.t('scoring:coverage.breadth.label'),
          () => i18next.t('scoring:coverage.breadth.value', { breadth }),
          () => i18next.t('scoring:coverage.breadth.rule', { threshold: formatFigure('percent', BREADTH_THRESHOLD) }),
        ),
      ],
    ),
  }
}

/** Normalised Shannon entropy of a distribution over the six groups (0 ln 0 = 0). */
export function balance(focus: GroupVector): number {
  const entropy = -sum(GROUP_IDS.map((id) => (focus[id] > 0 ? focus[id] * Math.log(focus[id]) : 0)))
  // `+ 0` turns the −0 of a single-group focus into 0.
  return entropy / Math.log(GROUP_IDS.length) + 0
}

/** Half the total absolute difference between a framework's focus and the target: 0 = same attention. */
export function misalignment(focus: GroupVector, target: GroupVector): number {
  const clean = validateGroupWeights(target)
  return sum(GROUP_IDS.map((id) => Math.abs(focus[id] - clean[id]))) / 2
}

/** Groups the framework gives less than half the attention the target asks for. */
export function blindSpots(focus: GroupVector, target: GroupVector): GroupId[] {
  const clean = validateGroupWeights(target)
  return GROUP_IDS.filter((id) => focus[id] < clean[id] / 2 - TOLERANCE)
}

/** An item's consensus result on [0, 1], or "not applicable" (left out of every figure). */
export type ItemShare = number | 'not-applicable'

export interface AchievedScore {
  /** A_F(g) on [0, 1] over answered items; null if no answered item concerns the group. */
  score: number | null
  /** Share of the group's applicable weight that has an answer. */
  answeredShare: number
  explanation: Explanation
}

export function achievedByGroup(framework: Framework, shares: Record<string, ItemShare>): Record<GroupId, AchievedScore> {
  const weights = itemWeights(framework)
  for (const itemId of Object.keys(shares)) {
    const share = ownValue(shares, itemId)!
    findItem(framework, itemId)
    if (share !== 'not-applicable' && !(share >= 0 && share <= 1)) {
      throw new DomainError(i18next.t('scoring:errors.resultOutOfRange', { id: itemId, value: String(share) }))
    }
  }
  const items = allItems(framework)
  const achieved = {} as Record<GroupId, AchievedScore>
  for (const group of GROUP_IDS) {
    // One pass in item order: the same sums, added in the same order, as summing each list.
    let allMass = 0
    let answeredMass = 0
    let achievedMass = 0
    let answered = 0
    for (const item of items) {
      const share = ownValue(shares, item.id)
      if (share === 'not-applicable' || !(item.relevance[group] > 0)) continue
      const mass = weights.get(item.id)! * item.relevance[group]
      allMass += mass
      if (typeof share !== 'number') continue
      answered++
      answeredMass += mass
      achievedMass += mass * share
    }
    const score = answeredMass > 0 ? achievedMass / answeredMass : null
    const answeredShare = allMass > 0 ? answeredMass / allMass : 0
    achieved[group] = {
      score,
      answeredShare,
      explanation: explain(
        () => i18next.t('scoring:coverage.achieved.label', { framework: framework.name, group: groupWord(group) }),
        () => score === null ? i18next.t('scoring:coverage.achieved.noAnswer') : formatFigure('percent', score),
        () => i18next.t('scoring:coverage.achieved.rule', { answered, share: formatFigure('percent', answeredShare) }),
      ),
    }
  }
  return achieved
}
