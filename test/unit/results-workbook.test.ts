import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../common/contract/assessment-schema'
import { plainFigure } from '../../common/domain/figures'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import { csvZip, tableCsv } from '../../electron/exports/csv-tables'
import { resultsTables, type Table, type TableId } from '../../electron/exports/results-tables'
import { buildResultsWorkbook, MAX_WIDTH, NUMBER_FORMATS, sheetName } from '../../electron/exports/results-workbook'
import { couldRunAsFormula } from '../../electron/ipc/formula-guard'
import { bundledFrameworks, bundledStakeholders } from '../../electron/ipc/known-frameworks'
import { fractionalAssessment, seededAssessment } from '../support/seeded-results'

const frameworks = bundledFrameworks()
const stakeholders = bundledStakeholders()
const tablesOf = (assessment: Assessment) => resultsTables({ assessment, frameworks, stakeholders })
const tableOf = (assessment: Assessment, id: TableId) => tablesOf(assessment).find((table) => table.id === id)!
const resultsOf = (assessment: Assessment) => computeWorkshopResults(toWorkshopInput(assessment, frameworks))

/** The summary's value for a measure id (and item), by column key. */
function summaryValue(table: Table, framework: string, measureId: string, item = ''): unknown {
  const col = (key: string) => table.columns.findIndex((c) => c.key === key)
  const row = table.rows.find((r) => r[col('measure_id')] === measureId && r[col('item')] === item && r[col('framework')] === framework)
  if (!row) throw new Error(`no summary row ${framework} ${measureId} ${item}`)
  return row[col('value')]
}

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1', '-2+3', '@SUM(A1:A3)']

/** Every text a user types, each one an attempt at a formula. */
function hostileAssessment(): Assessment {
  const seeded = seededAssessment()
  const iso = { ...seeded.responses['iso-9001-2015']! }
  const efqm = { ...seeded.responses['efqm-2025']! }
  const [a, b, c, d] = HOSTILE as [string, string, string, string]
  iso['4.1'] = {
    ...iso['4.1']!,
    ratings: { ana: { kind: 'level', level: 2 }, ben: { kind: 'not-applicable', justification: a }, cleo: { kind: 'level', level: 4 } },
    notes: { ana: b, ben: c, cleo: d },
    evidence: HOSTILE.map((text, i) => ({ id: `ev${i}`, text })),
    strengths: HOSTILE.map((text, i) => ({ id: `st${i}`, text })),
    afis: HOSTILE.map((text, i) => ({ id: `afi${i}`, text })),
    consensus: { kind: 'level', level: 2, rationale: c },
    finding: 'minor-nonconformity',
  }
  iso['4.2'] = { ...iso['4.2']!, consensus: { kind: 'not-applicable', justification: d } }
  efqm['1.1'] = { ...efqm['1.1']!, consensus: { kind: 'score', score: 55, rationale: a } }
  return {
    ...seeded,
    title: a,
    participants: [
      { id: 'ana', name: a, role: 'leadership' },
      { id: 'ben', name: b, role: 'staff' },
      { id: 'cleo', name: c, role: 'staff' },
    ],
    responses: { 'efqm-2025': efqm, 'iso-9001-2015': iso },
    actions: HOSTILE.map((text, i) => ({ id: `act${i}`, title: text, owner: HOSTILE[(i + 1) % 4]!, due: '2026-06-30', impact: 3, effort: 1, status: 'open' as const, sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: `afi${i}` }] })),
  }
}

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  return workbook
}

const workbookOf = async (assessment: Assessment) => buildResultsWorkbook(tablesOf(assessment), { title: assessment.title, at: new Date(assessment.updatedAt) })

describe('results tables: the summary', () => {
  it('holds the EFQM total, criteria and ISO figures worked by hand, rounded as the app shows them', () => {
    // seeded-results.ts: 237.5 points; criterion 4 at 23.75 % (47.5 points); readiness 32 of 56 = 57.14 %; maturity 52.857.
    const summary = tableOf(fractionalAssessment(), 'summary')
    expect(summaryValue(summary, 'EFQM Model', 'total_points')).toBe(237.5)
    expect(summaryValue(summary, 'EFQM Model', 'criterion_score', '4')).toBe(23.8)
    expect(summaryValue(summary, 'EFQM Model', 'criterion_points', '4')).toBe(47.5)
    expect(summaryValue(summary, 'EFQM Model', 'criterion_score', '6')).toBe(20)
    expect(summaryValue(summary, 'EFQM Model', 'criterion_points', '6')).toBe(40)
    expect(summaryValue(summary, 'ISO 9001', 'readiness')).toBe(57.1)
    expect(summaryValue(summary, 'ISO 9001', 'maturity_index')).toBe(52.9)
    expect(summaryValue(summary, 'ISO 9001', 'units_conforming')).toBe(32)
    expect(summaryValue(summary, 'ISO 9001', 'units_assessed')).toBe(56)
  })

  it('holds the same figures as the engine for every criterion, clause and stakeholder group', () => {
    const assessment = seededAssessment()
    const summary = tableOf(assessment, 'summary')
    const results = resultsOf(assessment)
    expect(summaryValue(summary, 'EFQM Model', 'total_points')).toBe(460)
    expect(summaryValue(summary, 'ISO 9001', 'readiness')).toBe(75)
    expect(summaryValue(summary, 'ISO 9001', 'maturity_index')).toBe(70)
    for (const criterion of results.efqm!.score.criteria) expect(summaryValue(summary, 'EFQM Model', 'criterion_score', criterion.id)).toBe(Number(plainFigure('radar', criterion.percent!)))
    for (const clause of results.iso!.score.clauses) expect(summaryValue(summary, 'ISO 9001', 'maturity_index', clause.id)).toBe(Number(plainFigure('maturity', clause.maturityIndex!)))
    for (const [name, part] of [['EFQM Model', results.efqm!], ['ISO 9001', results.iso!]] as const) {
      for (const [group, achieved] of Object.entries(part.achieved)) {
        expect(summaryValue(summary, name, 'achieved', group)).toBe(Number(plainFigure('percent', achieved.score!)))
        expect(summaryValue(summary, name, 'design_focus', group)).toBe(Number(plainFigure('percent', part.design.focus[group as keyof typeof part.design.focus])))
      }
      expect(summaryValue(summary, name, 'misalignment')).toBe(Number(plainFigure('percent', part.misalignment)))
    }
    expect(summaryValue(summary, '', 'target', 'customers')).toBe(30)
  })

  it('leaves what nobody answered empty, never zero, and says it is not assessed', () => {
    const seeded = seededAssessment()
    const efqm = Object.fromEntries(Object.entries(seeded.responses['efqm-2025']!).filter(([id]) => !id.startsWith('2.')))
    const assessment: Assessment = { ...seeded, responses: { 'efqm-2025': efqm, 'iso-9001-2015': {} } }
    const summary = tableOf(assessment, 'summary')
    expect(summaryValue(summary, 'EFQM Model', 'criterion_score', '2')).toBeNull()
    expect(summaryValue(summary, 'EFQM Model', 'criterion_points', '2')).toBeNull()
    expect(summaryValue(summary, 'EFQM Model', 'part_score', '2.1')).toBeNull()
    expect(summaryValue(summary, 'ISO 9001', 'readiness')).toBeNull()
    expect(summaryValue(summary, 'ISO 9001', 'maturity_index', '4')).toBeNull()
    expect(summaryValue(summary, 'ISO 9001', 'achieved', 'customers')).toBeNull()
    const notes = summary.rows.filter((row) => row[2] === '2' && row[7] === 'criterion_score').map((row) => row[6])
    expect(notes).toEqual(['not assessed'])
  })
})

describe('results tables: findings, actions and crosswalk', () => {
  it('lists ISO findings with the unit’s level, the action plan in priority order with due dates, and crosswalk pairs with both sides', () => {
    const assessment = hostileAssessment()
    const findings = tableOf(assessment, 'findings')
    expect(findings.rows.find((row) => row[2] === '4.1')).toEqual(['iso-9001-2015', expect.any(String), '4.1', expect.any(String), 'minor-nonconformity', 2, 'agreed'])
    const actions = tableOf(assessment, 'actions')
    expect(actions.rows.map((row) => row[0])).toEqual([1, 2, 3, 4])
    expect(actions.rows.find((row) => row[2] === HOSTILE[1])!.slice(1, 9)).toEqual(['quick-win', HOSTILE[1], HOSTILE[2], '2026-06-30', 3, 1, 'open', 'ISO 9001 4.1'])
    const crosswalk = tableOf(assessment, 'crosswalk')
    expect(crosswalk.rows.length).toBeGreaterThan(0)
    expect(crosswalk.rows.every((row) => typeof row[2] === 'number' && (row[6] === null || typeof row[6] === 'number'))).toBe(true)
  })
})

describe('results workbook', () => {
  it('has a sheet per table with its catalogue name, a bold frozen header with a filter, numbers as numbers with their format, and dates as dates', async () => {
    const assessment = hostileAssessment()
    const tables = tablesOf(assessment)
    const workbook = await readBack(await workbookOf(assessment))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Votes', 'Consensus', 'Notes', 'Findings', 'Action plan', 'Crosswalk'])
    expect(workbook.creator).toBe('Panorama')
    for (const table of tables) {
      const sheet = workbook.worksheets[tables.indexOf(table)]!
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.autoFilter).toBeTruthy()
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
      expect(sheet.rowCount).toBe(table.rows.length + 1)
      table.columns.forEach((column, c) => {
        expect(sheet.getColumn(c + 1).width).toBeLessThanOrEqual(MAX_WIDTH)
        table.rows.forEach((row, r) => {
          const cell = sheet.getRow(r + 2).getCell(c + 1)
          const value = row[c]
          if (value === null || value === '') expect(cell.value).toBeNull()
          else if (column.type === 'date') expect(cell.value).toEqual(new Date(`${value}T00:00:00.000Z`))
          else if (typeof value === 'number') {
            expect(cell.type).toBe(ExcelJS.ValueType.Number)
            expect(cell.value).toBe(value)
          } else expect(typeof cell.value).toBe('string')
          // General is a cell's default format, which a reader gives back as none.
          if (column.type !== 'text' && value !== null) expect(cell.numFmt ?? 'General').toBe(NUMBER_FORMATS[column.type])
        })
      })
    }
    const votes = workbook.getWorksheet('Votes')!
    const table = (id: TableId) => tables.find((t) => t.id === id)!
    expect(votes.getRow(1).values).toEqual(expect.arrayContaining(['Sound', 'Learning & Creativity']))
    expect(votes.getRow(2).getCell(table('votes').columns.findIndex((c) => c.key === 'level') + 1).numFmt).toBe('0.0#')
  })

  it('keeps every text cell of every sheet from running as a formula, and the text is still there', async () => {
    const assessment = hostileAssessment()
    const workbook = await readBack(await workbookOf(assessment))
    const texts: string[] = []
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value)
    })))
    for (const hostile of HOSTILE) expect(texts).toContain(`'${hostile}`)
    expect(texts.filter(couldRunAsFormula)).toEqual([])
    // The same for the CSV files of the same tables.
    for (const table of tablesOf(assessment)) {
      const csv = tableCsv(table)
      for (const hostile of HOSTILE) expect(csv.split(/[\r\n,]/)).not.toContain(hostile)
    }
  })

  it('holds the same rows in each sheet as the CSV file of the same table', async () => {
    const assessment = seededAssessment()
    const tables = tablesOf(assessment)
    const workbook = await readBack(await workbookOf(assessment))
    const files = unzipSync(csvZip(tables, new Date(assessment.updatedAt)))
    for (const table of tables) {
      const sheet = workbook.worksheets[tables.indexOf(table)]!
      const lines = Buffer.from(files[`${table.id}.csv`]!).toString('utf8').split('\r\n').filter(Boolean)
      expect(lines).toHaveLength(sheet.rowCount)
      for (let r = 2; r <= sheet.rowCount; r++) {
        const cells = table.columns.map((_column, c) => {
          const value = sheet.getRow(r).getCell(c + 1).value
          return value instanceof Date ? value.toISOString().slice(0, 10) : value === null ? null : value
        })
        expect(cells).toEqual(table.rows[r - 2]!.map((value) => (value === '' ? null : value)))
      }
    }
  })

  it('gives the same bytes for the same assessment, dated by its last change', async () => {
    const assessment = seededAssessment()
    const first = await workbookOf(assessment)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await workbookOf(assessment)).toEqual(first)
    const workbook = await readBack(first)
    expect(workbook.created).toEqual(new Date(assessment.updatedAt))
  })

  it('makes sheet names a spreadsheet accepts: 31 characters at most, none of []:*?/\\, each once', () => {
    const taken = new Set<string>()
    expect(sheetName('Results: [draft] a/b\\c*d?', taken)).toBe('Results   draft  a b c d')
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31)
    expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(29)} 2`)
  })

  it('writes a workbook for an assessment nobody has scored', async () => {
    const seeded = seededAssessment()
    const empty: Assessment = { ...seeded, responses: {}, actions: [] }
    const workbook = await readBack(await workbookOf(empty))
    expect(workbook.getWorksheet('Votes')!.rowCount).toBe(1)
    fs.mkdirSync(path.resolve('test-results/workbook'), { recursive: true })
  })
})

