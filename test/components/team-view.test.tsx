import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import stakeholdersJson from '../../assets/frameworks/stakeholders.json'
import { emptyItemResponse, newAssessment, type Assessment, type StoredRating } from '../../common/contract/assessment-schema'
import { parseFramework } from '../../common/domain/framework'
import { parseStakeholderCatalogue } from '../../common/domain/stakeholders'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import type { Drill } from '../../renderer/src/features/results/DrillDown'
import type { ResultsContext } from '../../renderer/src/features/results/use-results'
import { TeamView } from '../../renderer/src/features/team/TeamView'

const efqm = parseFramework(efqmJson)
const iso = parseFramework(isoJson)
const catalogue = { frameworks: [efqm, iso], stakeholders: parseStakeholderCatalogue(stakeholdersJson), unresolved: [] }

const quick = (score: number): StoredRating => ({ kind: 'quick', score })
const level = (value: number): StoredRating => ({ kind: 'level', level: value })
const votes = (ratings: Record<string, StoredRating>) => ({ ...emptyItemResponse(), ratings })

/**
 * Ana leads, Ben and Cleo are staff. No consensus is recorded; the team counts an item once two
 * of the three have voted (a 60 % share), so every item counts with its proposed median; the
 * figures in the comments are worked by hand from these votes.
 */
function workshop(frameworks: string[] = ['efqm-2025', 'iso-9001-2015']): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000077', title: 'Team views', now: '2026-03-01T09:00:00.000Z' }),
    frameworks,
    setupComplete: true,
    countingShare: 0.6,
    participants: [
      { id: 'ana', name: 'Ana', role: 'leadership' },
      { id: 'ben', name: 'Ben', role: 'staff' },
      { id: 'cleo', name: 'Cleo', role: 'staff' },
    ],
    responses: {
      'efqm-2025': {
        // 30 30 30 → no spread, no gap; consensus 30 (limited)
        '1.1': votes({ ana: quick(30), ben: quick(30), cleo: quick(30) }),
        // 70 80 75 → range 10 = 10 %; median 75 (comprehensive); gap 70 − 77.5 = −7.5
        '2.1': votes({ ana: quick(70), ben: quick(80), cleo: quick(75) }),
        // 90 60 60 → range 30 = 30 % → disagreement; median 60; gap 90 − 60 = +30
        '3.2': votes({ ana: quick(90), ben: quick(60), cleo: quick(60) }),
      },
      'iso-9001-2015': {
        // 4 4 4 → level 4, conforms, beside EFQM 1.1 at 30 → inconsistent
        '5.2.1': votes({ ana: level(4), ben: level(4), cleo: level(4) }),
        // 5 1 2 → range 4 of 5 = 80 %; median 2, does not conform, beside EFQM 2.1 at 75 → inconsistent; gap 5 − 1.5 = +3.5
        '5.1.1': votes({ ana: level(5), ben: level(1), cleo: level(2) }),
        // 3 2 → range 1 of 5 = 20 %; median 2.5; gap +1
        '7.2': votes({ ana: level(3), ben: level(2) }),
      },
    },
  }
}

function contextOf(assessment: Assessment): ResultsContext {
  const chosen = catalogue.frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
  return {
    assessment,
    catalogue,
    results: computeWorkshopResults(toWorkshopInput(assessment, chosen)),
    efqm: chosen.find((framework) => framework.scoring === 'radar'),
    iso: chosen.find((framework) => framework.scoring === 'maturity'),
  }
}

function renderView(assessment = workshop()) {
  const onDrill = vi.fn<(drill: Drill) => void>()
  render(<TeamView context={contextOf(assessment)} onDrill={onDrill} />)
  return { onDrill, user: userEvent.setup() }
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)
const cellTexts = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)

describe('team views on the Results screen', () => {
  it('ranks disagreement hot spots across both frameworks by range as a share of the scale', () => {
    renderView()
    expect(screen.getByRole('heading', { level: 2, name: 'Disagreement hot spots' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Disagreement hot spots' })
    expect(bodyRows(table).map(cellTexts)).toEqual([
      ['5.1.1 Leadership and commitment (general)', 'ISO 9001', '4 levels', '80 %', '2', '3', '⚠ Yes'],
      ['3.2 People: attract, engage, develop and retain', 'EFQM Model', '30 points', '30 %', '60', '3', '⚠ Yes'],
      ['7.2 Competence', 'ISO 9001', '1 level', '20 %', '2.5', '2', 'No'],
      ['2.1 Steer the culture and nurture values', 'EFQM Model', '10 points', '10 %', '75', '3', 'No'],
    ])
  })

  it('leaves out an item with votes from only part of the team, as the scores do, when everyone must vote', () => {
    const { countingShare: _share, ...everyoneMustVote } = workshop()
    renderView(everyoneMustVote)
    const table = screen.getByRole('table', { name: 'Disagreement hot spots' })
    expect(bodyRows(table).map((row) => cellTexts(row)[0])).toEqual([
      '5.1.1 Leadership and commitment (general)',
      '3.2 People: attract, engage, develop and retain',
      '2.1 Steer the culture and nurture values',
    ])
  })

  it('lists leader–staff gaps with the signed gap in the item’s units, both means and counts', () => {
    renderView()
    expect(screen.getByRole('heading', { level: 2, name: 'Leader–staff perception gaps' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Leader–staff perception gaps' })
    expect(bodyRows(table).map(cellTexts)).toEqual([
      ['5.1.1 Leadership and commitment (general)', 'ISO 9001', 'leaders higher by 3.5 levels', '70 %', '5', '1', '1.5', '2'],
      ['3.2 People: attract, engage, develop and retain', 'EFQM Model', 'leaders higher by 30 points', '30 %', '90', '1', '60', '2'],
      ['7.2 Competence', 'ISO 9001', 'leaders higher by 1 level', '20 %', '3', '1', '2', '1'],
      ['2.1 Steer the culture and nurture values', 'EFQM Model', 'staff higher by 7.5 points', '7.5 %', '70', '1', '77.5', '2'],
    ])
  })

  it('puts each EFQM part beside its ISO units and states the inconsistent pairs', async () => {
    const { user } = renderView()
    expect(screen.getByRole('heading', { level: 2, name: 'EFQM and ISO 9001 side by side' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'EFQM and ISO 9001 side by side' })
    expect(screen.getByText('2 inconsistent pairs in 2 EFQM parts.')).toBeInTheDocument()

    const rows = bodyRows(table)
    const row = (text: string) => rows.find((candidate) => candidate.textContent?.includes(text))!
    expect(cellTexts(row('5.2.1 Establishing'))).toEqual([
      '1.1 Define purpose and vision',
      '30 (limited)',
      '5.2.1 Establishing the quality policy',
      'Level 4, conforms',
      '⚠ ISO 5.2.1 conforms (level 4) while EFQM 1.1 is limited (30).',
    ])
    // 5.2.2 has no votes: "not assessed", never level 0, and not compared
    expect(cellTexts(row('5.2.2 Communicating'))).toEqual(['5.2.2 Communicating the quality policy', 'not assessed', '—'])
    expect(cellTexts(row('5.1.1 Leadership'))).toEqual([
      '2.1 Steer the culture and nurture values',
      '75 (comprehensive)',
      '5.1.1 Leadership and commitment (general)',
      'Level 2, does not conform',
      '⚠ ISO 5.1.1 does not conform (level 2) while EFQM 2.1 is comprehensive (75).',
    ])
    expect(cellTexts(row('3.4 Society'))).toEqual(['3.4 Society: contribute to wellbeing and prosperity', 'not assessed', 'No related ISO unit in the crosswalk'])

    await user.click(screen.getByRole('checkbox', { name: 'Only parts with inconsistent pairs' }))
    const parts = within(table).getAllByRole('rowheader').map((header) => header.textContent)
    expect(parts).toEqual(['1.1 Define purpose and vision', '2.1 Steer the culture and nurture values'])
  })

  it('drills into a hot spot with the engine’s explanation, from the mouse or the keyboard', async () => {
    const { onDrill, user } = renderView()
    const table = screen.getByRole('table', { name: 'Disagreement hot spots' })
    await user.click(within(table).getByRole('button', { name: '3.2 People: attract, engage, develop and retain' }))
    expect(onDrill).toHaveBeenCalledTimes(1)
    const drill = onDrill.mock.calls[0]![0]
    expect(drill.items).toEqual([
      {
        frameworkId: 'efqm-2025',
        itemId: '3.2',
        label: '3.2 People: attract, engage, develop and retain',
        value: 'median 60, range 30 points',
        explanation: expect.objectContaining({ label: 'Proposed consensus for 3.2', value: '60' }),
      },
    ])
    expect(drill.explanation).toMatchObject({ label: 'Spread of 3.2', value: '30 %' })

    within(table).getByRole('button', { name: '5.1.1 Leadership and commitment (general)' }).focus()
    await user.keyboard('{Enter}')
    expect(onDrill.mock.calls[1]![0].items[0]).toMatchObject({ frameworkId: 'iso-9001-2015', itemId: '5.1.1' })
  })

  it('drills into a gap and into a crosswalk part with every item behind it', async () => {
    const { onDrill, user } = renderView()
    await user.click(within(screen.getByRole('table', { name: 'Leader–staff perception gaps' })).getByRole('button', { name: '7.2 Competence' }))
    expect(onDrill.mock.calls[0]![0]).toMatchObject({
      items: [{ frameworkId: 'iso-9001-2015', itemId: '7.2', value: 'leaders higher by 1 level' }],
      explanation: { label: 'Leader–staff gap on 7.2', value: 'leaders higher by 1 level' },
    })

    await user.click(within(screen.getByRole('table', { name: 'EFQM and ISO 9001 side by side' })).getByRole('button', { name: '1.1 Define purpose and vision' }))
    const drill = onDrill.mock.calls[1]![0]
    expect(drill.items.map((item) => [item.frameworkId, item.itemId, item.value])).toEqual([
      ['efqm-2025', '1.1', '30 (limited)'],
      ['iso-9001-2015', '5.2.1', 'Level 4, conforms'],
      ['iso-9001-2015', '5.2.2', 'not assessed'],
    ])
    expect(drill.items[0]!.explanation).toMatchObject({ label: '1.1 Define purpose and vision', value: '30' })
    expect(drill.explanation).toMatchObject({ value: '1 inconsistent pair' })
  })

  it('works with one framework: hot spots and gaps for it, and the side-by-side view says it needs both', () => {
    renderView(workshop(['iso-9001-2015']))
    expect(bodyRows(screen.getByRole('table', { name: 'Disagreement hot spots' })).map((row) => cellTexts(row)[0])).toEqual([
      '5.1.1 Leadership and commitment (general)',
      '7.2 Competence',
    ])
    expect(screen.getByRole('heading', { level: 2, name: 'EFQM and ISO 9001 side by side' })).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'EFQM and ISO 9001 side by side' })).not.toBeInTheDocument()
    expect(screen.getByText(/needs both the EFQM Model and ISO 9001 in the assessment; this one uses only ISO 9001/)).toBeInTheDocument()
  })

  it('says why a table is empty', () => {
    const assessment = workshop()
    renderView({ ...assessment, participants: assessment.participants.map((participant) => ({ ...participant, role: 'staff' as const })), responses: {} })
    expect(screen.getByText('No spread yet: on every item with votes, everyone gave the same score.')).toBeInTheDocument()
    expect(screen.getByText(/this team has nobody in leadership/)).toBeInTheDocument()
    expect(screen.getByText('No inconsistent pairs among the assessed items.')).toBeInTheDocument()
  })
})
