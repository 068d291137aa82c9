import { describe, expect, it } from 'vitest'
import { achievedByGroup, blindSpots, designCoverage, misalignment } from '../../../common/domain/coverage'
import { groupsWithoutOwnItem, stakeholderFindings } from '../../../common/domain/stakeholder-findings'
import type { GroupId, GroupVector } from '../../../common/domain/stakeholders'
import { efqmFramework, isoFramework } from '../../support/workshop-fixture'
import { miniCoverage } from '../../support/mini-frameworks'

const balanced: GroupVector = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }
const name = (g: GroupId) => g[0]!.toUpperCase() + g.slice(1)

function figures(framework: typeof efqmFramework, shares: Record<string, number> = {}) {
  const design = designCoverage(framework)
  return {
    framework,
    stakeholders: { design, achieved: achievedByGroup(framework, shares), misalignment: misalignment(design.focus, balanced), blindSpots: blindSpots(design.focus, balanced) },
  }
}

describe('plain-language stakeholder findings', () => {
  it('finds the groups with no clause of their own: ISO 9001 has none for owners and society; EFQM has a part for every group', () => {
    expect(groupsWithoutOwnItem(isoFramework)).toEqual(['owners', 'society'])
    expect(groupsWithoutOwnItem(efqmFramework)).toEqual([])
  })

  it('says where the attention goes, what is missing, which is more balanced and where the blind spots are', () => {
    const sentences = stakeholderFindings([figures(efqmFramework), figures(isoFramework)], name)
    expect(sentences[0]).toBe('EFQM Model gives 27.6 % of its stakeholder attention to customers; ISO 9001 gives 53.7 % of its stakeholder attention to customers.')
    expect(sentences[1]).toBe('Owners and Society have no clause of their own in ISO 9001 (3.6 % and 1.3 % of its attention).')
    expect(sentences[2]).toBe('EFQM Model spreads its attention more evenly (balance index 0.96, 6 of 6 groups) than ISO 9001 (0.73, 4 of 6).')
    // Against a balanced target (1/6 each) a blind spot is below 8.3 %: EFQM gives regulators 7.5 %.
    expect(sentences[3]).toMatch(/^Against your target profile, EFQM Model leaves Regulators as a blind spot: less than half the attention you want for it\./)
    // ISO: owners 3.6 %, society 1.3 %, regulators 7.7 % are all below 8.3 %.
    expect(sentences[4]).toBe(
      'Against your target profile, ISO 9001 leaves Owners, Society and Regulators as blind spots: less than half the attention you want for them. Its attention differs from the target by 38.4 %.',
    )
  })

  it('names the best and worst served groups from the organisation’s own answers', () => {
    // mini: x (customers .5, internal .5) at .8; y (spread over all six) at .2
    // customers (.5·.5·.8 + .5·.2·.2) ÷ (.5·.5 + .5·.2) = (.2 + .02) ÷ .35 = 62.9 %; every other group only has y: 20 %.
    // Ties for lowest go to the later group in the fixed order, so regulators.
    const sentences = stakeholderFindings([figures(miniCoverage(), { x: 0.8, y: 0.2 })], name)
    expect(sentences.at(-1)).toBe('In Mini coverage your answers score highest for Customers (62.9 %) and lowest for Regulators (20 %).')
  })
})
