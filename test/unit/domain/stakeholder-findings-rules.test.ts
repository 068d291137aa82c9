import { describe, expect, it } from 'vitest'
import { stakeholderFindings, type FrameworkFigures } from '../../../common/domain/stakeholder-findings'
import { GROUP_IDS, type GroupId } from '../../../common/domain/stakeholders'
import type { StakeholderResults } from '../../../common/domain/workshop-results'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

const name = (group: GroupId) => group[0]!.toUpperCase() + group.slice(1)
const even = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }

/** Only the figures the findings read. */
function figures(
  framework = miniMaturity(),
  { blindSpots = [] as GroupId[], misalignment = 0.125, achieved = {} as Partial<Record<GroupId, number>>, focus = even, balanceIndex = 0.9, breadth = 6 } = {},
): FrameworkFigures {
  const stakeholders = {
    design: { focus, balanceIndex, breadth },
    blindSpots,
    misalignment,
    achieved: Object.fromEntries(GROUP_IDS.map((g) => [g, { score: achieved[g] ?? null }])),
  } as unknown as StakeholderResults
  return { framework, stakeholders }
}

describe('no frameworks, no findings', () => {
  it('says nothing at all, not even an empty customer sentence', () => {
    expect(stakeholderFindings([], name)).toEqual([])
  })
})

describe('groups without an item of their own', () => {
  it('a RADAR framework lacks a part, a maturity framework a clause; one group is named alone', () => {
    // mini RADAR: a1 internal, a2 owners ½ (≥ ¼), b1 customers, b2 people → partners, society, regulators have no part
    const radar = stakeholderFindings([figures(miniRadar())], name)
    expect(radar).toContain('Partners, Society and Regulators have no part of their own in Mini RADAR (16.7 %, 16.7 % and 16.7 % of its attention).')
    // mini maturity: customers, people, internal, partners, society → owners and regulators have no clause
    const maturity = stakeholderFindings([figures(miniMaturity())], name)
    expect(maturity).toContain('Owners and Regulators have no clause of their own in Mini maturity (16.7 % and 16.7 % of its attention).')
    const one = { ...miniMaturity(), sections: miniMaturity().sections.map((s) => ({ ...s, items: s.items.map((i) => (i.id === 'u3' ? { ...i, relevance: { ...i.relevance, internal: 0, owners: 1 } } : i)) })) }
    expect(stakeholderFindings([figures(one)], name)).toContain('Regulators has no clause of its own in Mini maturity (16.7 % of its attention).')
  })
})

describe('blind spots against the target', () => {
  it('none: every group gets at least half the attention asked for', () => {
    expect(stakeholderFindings([figures()], name)).toContain('Mini maturity gives every group at least half the attention your target asks for; its attention differs from the target by 12.5 %.')
  })

  it('one, and several', () => {
    expect(stakeholderFindings([figures(miniMaturity(), { blindSpots: ['society'] })], name)).toContain(
      'Against your target profile, Mini maturity leaves Society as a blind spot: less than half the attention you want for it. Its attention differs from the target by 12.5 %.',
    )
    expect(stakeholderFindings([figures(miniMaturity(), { blindSpots: ['owners', 'society'], misalignment: 0.3 })], name)).toContain(
      'Against your target profile, Mini maturity leaves Owners and Society as blind spots: less than half the attention you want for them. Its attention differs from the target by 30 %.',
    )
  })
})

describe('highest and lowest achieved groups', () => {
  const best = (sentences: string[]) => sentences.filter((s) => s.includes('your answers score'))

  it('says nothing with fewer than two groups scored', () => {
    expect(best(stakeholderFindings([figures(miniMaturity(), { achieved: { people: 0.5 } })], name))).toEqual([])
  })

  it('with exactly two, names the higher and the lower, whatever their fixed order', () => {
    // people (2nd in the fixed order) 40 %, society (5th) 90 %
    expect(best(stakeholderFindings([figures(miniMaturity(), { achieved: { people: 0.4, society: 0.9 } })], name))).toEqual([
      'In Mini maturity your answers score highest for Society (90 %) and lowest for People (40 %).',
    ])
  })

  it('leaves unscored groups out, and sorts by score', () => {
    // customers 50 %, owners 20 %, partners 70 %, regulators 60 %; people and society unscored
    expect(best(stakeholderFindings([figures(miniMaturity(), { achieved: { customers: 0.5, owners: 0.2, partners: 0.7, regulators: 0.6 } })], name))).toEqual([
      'In Mini maturity your answers score highest for Partners (70 %) and lowest for Owners (20 %).',
    ])
  })
})
