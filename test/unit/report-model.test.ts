import { describe, expect, it } from 'vitest'
import { achievedByGroup, blindSpots, designCoverage, misalignment } from '../../common/domain/coverage'
import type { Framework } from '../../common/domain/framework'
import type { FrameworkFigures } from '../../common/domain/stakeholder-findings'
import type { GroupVector } from '../../common/domain/stakeholders'
import { balanceVerdict } from '../../renderer/src/report/report-model'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'

const balanced: GroupVector = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }

/** A framework's real design figures, with the balance index and the misalignment set by hand. */
function figures(framework: Framework, balanceIndex: number, off: number): FrameworkFigures {
  const design = designCoverage(framework)
  return {
    framework,
    stakeholders: { design: { ...design, balanceIndex }, achieved: achievedByGroup(framework, {}), misalignment: off, blindSpots: blindSpots(design.focus, balanced) },
  }
}

describe('the report summary’s balance verdict', () => {
  it('says the more even framework is also closer to the target when it is, whichever order the frameworks come in', () => {
    const efqm = figures(efqmFramework, 0.96, 0.1)
    const iso = figures(isoFramework, 0.73, 0.384)
    const sentence =
      'EFQM Model spreads its stakeholder attention more evenly than ISO 9001 (balance index 0.96 against 0.73, where 1 is even attention) and is also closer to your target profile (it differs by 10 % against 38.4 %).'
    expect(balanceVerdict([efqm, iso])).toBe(sentence)
    expect(balanceVerdict([iso, efqm])).toBe(sentence)
  })

  it('says the less even framework is closer to the target when it is', () => {
    const efqm = figures(efqmFramework, 0.96, 0.3)
    const iso = figures(isoFramework, 0.73, 0.2)
    const sentence =
      'EFQM Model spreads its stakeholder attention more evenly than ISO 9001 (balance index 0.96 against 0.73, where 1 is even attention), but ISO 9001 is closer to your target profile (it differs by 20 % against 30 %).'
    expect(balanceVerdict([efqm, iso])).toBe(sentence)
    expect(balanceVerdict([iso, efqm])).toBe(sentence)
  })

  it('calls the more even framework closer when both differ from the target alike', () => {
    expect(balanceVerdict([figures(isoFramework, 0.73, 0.25), figures(efqmFramework, 0.96, 0.25)])).toContain('and is also closer to your target profile (it differs by 25 % against 25 %)')
  })

  it('describes one framework’s evenness in words, and says so when there is no framework', () => {
    const iso = figures(isoFramework, 0.73, misalignment(designCoverage(isoFramework).focus, balanced))
    expect(balanceVerdict([iso])).toBe('ISO 9001’s stakeholder attention is uneven (balance index 0.73, where 1 is even attention) and differs from your target profile by 38.4 %.')
    expect(balanceVerdict([])).toBe('The assessment uses no framework yet, so there is no stakeholder balance to report.')
  })

  it.each([
    [1, 'nearly even'],
    [0.9, 'nearly even'],
    [0.89, 'fairly even'],
    [0.75, 'fairly even'],
    [0.74, 'uneven'],
    [0.5, 'uneven'],
    [0.49, 'concentrated on few groups'],
  ])('calls a balance index of %d “%s” (each threshold belongs to the band above it)', (index, words) => {
    expect(balanceVerdict([figures(isoFramework, index, 0.1)])).toMatch(new RegExp(`^ISO 9001’s stakeholder attention is ${words} \\(`))
  })
})
