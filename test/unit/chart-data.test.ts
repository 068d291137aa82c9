import { describe, expect, it } from 'vitest'
import stakeholdersJson from '../../assets/frameworks/stakeholders.json'
import { designCoverage } from '../../common/domain/coverage'
import { parseStakeholderCatalogue } from '../../common/domain/stakeholders'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import { achievedRows, comparisonRows, criterionBars, heatCells, itemsForGroup, itemValueText } from '../../renderer/src/features/results/chart-data'
import { seededAssessment } from '../support/seeded-results'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'

const stakeholders = parseStakeholderCatalogue(stakeholdersJson)
const seeded = seededAssessment()
const results = computeWorkshopResults(toWorkshopInput(seeded, [efqmFramework, isoFramework]))

describe('the data behind each chart', () => {
  it('criterion bars: one per criterion with its %, points, and "not assessed" instead of zero', () => {
    const bars = criterionBars(results.efqm!.score)
    expect(bars.map((b) => [b.id, b.value])).toEqual([['1', 50], ['2', 50], ['3', 50], ['4', 50], ['5', 50], ['6', 40], ['7', 40]])
    expect(bars[3]!.text).toBe('50 % · 100 of 200 points')
    const partial = { ...seeded, responses: { ...seeded.responses, 'efqm-2025': { '1.1': seeded.responses['efqm-2025']!['1.1']! } } }
    const partialBars = criterionBars(computeWorkshopResults(toWorkshopInput(partial, [efqmFramework])).efqm!.score)
    // Criterion % is over the answered parts only: one part at 50 is 50 %, not 10 %.
    expect(partialBars[0]).toMatchObject({ value: 50, text: '50 % · 50 of 100 points (1 of 5 parts)' })
    expect(partialBars[1]).toMatchObject({ value: null, text: 'not assessed' })
  })

  it('heat map cells: every ISO unit with its level, not-applicable kept apart, unassessed as null', () => {
    const cells = heatCells(isoFramework, results.iso!.score)
    expect(cells).toHaveLength(56)
    expect(cells[0]).toEqual({ id: '4.1', title: 'Organisation and its context', level: 4, notApplicable: false })
    expect(cells.filter((c) => c.level === 2)).toHaveLength(14)
    const empty = heatCells(isoFramework, computeWorkshopResults(toWorkshopInput({ ...seeded, responses: {} }, [isoFramework])).iso!.score)
    expect(empty.every((c) => c.level === null && !c.notApplicable)).toBe(true)
  })

  it('comparison rows: both design foci and the target, per group, with the group colours', () => {
    const rows = comparisonRows(stakeholders, seeded.target, designCoverage(efqmFramework), designCoverage(isoFramework))
    expect(rows.map((r) => r.group)).toEqual(['customers', 'people', 'owners', 'partners', 'society', 'regulators'])
    expect(rows[0]).toMatchObject({ name: 'Customers & service users', colour: '#0072B2', target: 0.3 })
    expect(rows[0]!.iso).toBeCloseTo(designCoverage(isoFramework).focus.customers, 12)
    expect(comparisonRows(stakeholders, seeded.target, undefined, designCoverage(isoFramework))[0]!.efqm).toBeNull()
  })

  it('achieved rows: score and answered share per group and framework', () => {
    const rows = achievedRows(stakeholders, results.efqm, results.iso)
    expect(rows[0]!.iso).toEqual(results.iso!.achieved.customers)
    expect(rows.every((r) => r.efqm!.answeredShare === 1)).toBe(true)
  })

  it('drill-down items: the most relevant first, with readable values', () => {
    const owners = itemsForGroup(isoFramework, 'owners', undefined, results.iso!.score)
    const shares = owners.map((i) => Number(i.label.match(/— (\d+) %/)![1]))
    expect(shares).toEqual([...shares].sort((a, b) => b - a))
    expect(itemValueText(isoFramework, '4.1', undefined, results.iso!.score)).toBe('Level 4 · conforms')
    expect(itemValueText(isoFramework, '10.3', undefined, results.iso!.score)).toBe('Level 2')
    expect(itemValueText(efqmFramework, '6.1', results.efqm!.score)).toBe('40 (ability)')
    expect(itemValueText(efqmFramework, '6.1', undefined)).toBe('not assessed')
  })
})
