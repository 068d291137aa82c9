import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../common/contract/assessment-schema'
import { plainFigure } from '../../common/domain/figures'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import { resultsTables } from '../../electron/exports/results-tables'
import { buildResultsWorkbook } from '../../electron/exports/results-workbook'
import { bundledFrameworks, bundledStakeholders } from '../../electron/ipc/known-frameworks'
import { fractionalAssessment } from '../support/seeded-results'
import { makeTempDir } from '../support/temp-dir'

/**
 * The results workbook opened by a real spreadsheet: LibreOffice Calc (headless) reads the .xlsx
 * and writes every sheet as CSV, and the figures it read must be the engine's, rounded as the app
 * shows them. It also prints the workbook to PDF, and page 1 is rendered to a PNG in
 * test-results/workbook/ for a person to look at.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file))
const frameworks = bundledFrameworks()

function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field), rows.push(row), (row = []), (field = '')
    } else field += c
  }
  if (field || row.length) row.push(field), rows.push(row)
  return rows
}

async function writeWorkbook(assessment: Assessment, dir: string): Promise<string> {
  const file = path.join(dir, 'results.xlsx')
  const tables = resultsTables({ assessment, frameworks, stakeholders: bundledStakeholders() })
  fs.writeFileSync(file, await buildResultsWorkbook(tables, { title: assessment.title, at: new Date(assessment.updatedAt) }))
  return file
}

const run = (dir: string, args: string[]) =>
  // A private profile per run, so tests running side by side do not share LibreOffice's lock.
  execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args], { stdio: 'ignore', timeout: 120_000 })

describe.skipIf(!soffice)('the results workbook in LibreOffice Calc', () => {
  it('reads the same figures as the engine: EFQM total and criteria, ISO readiness and maturity, achieved stakeholder scores', async () => {
    const dir = makeTempDir('panorama-workbook-')
    const assessment = fractionalAssessment()
    const file = await writeWorkbook(assessment, dir)
    // Tokens: comma, double quote, UTF-8, from line 1, …, the last -1: every sheet, each as results-<sheet>.csv.
    run(dir, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file])
    const sheets = fs.readdirSync(dir).filter((name) => name.endsWith('.csv')).sort()
    expect(sheets).toEqual(['results-Action plan.csv', 'results-Consensus.csv', 'results-Crosswalk.csv', 'results-Findings.csv', 'results-Notes.csv', 'results-Summary.csv', 'results-Votes.csv'])

    const [header, ...rows] = parseCsv(fs.readFileSync(path.join(dir, 'results-Summary.csv'), 'utf8').replace(/^\uFEFF/, ''))
    const col = (key: string) => header!.indexOf(key)
    const value = (framework: string, measureId: string, item = '') => {
      const row = rows.find((r) => r[col('Framework')] === framework && r[col('Measure id')] === measureId && r[col('Item')] === item)
      return row ? Number(row[col('Value')]) : undefined
    }
    const results = computeWorkshopResults(toWorkshopInput(assessment, frameworks))
    const efqm = results.efqm!
    const iso = results.iso!
    // Worked by hand in seeded-results.ts: 237.5 points, criterion 4 at 23.75 % (23.8) and 47.5 points, 57.1 %, 52.9.
    expect(value('EFQM Model', 'total_points')).toBe(237.5)
    expect(value('EFQM Model', 'total_points')).toBe(Number(plainFigure('points', efqm.score.total)))
    expect(value('EFQM Model', 'criterion_score', '4')).toBe(23.8)
    expect(value('EFQM Model', 'criterion_points', '4')).toBe(47.5)
    for (const criterion of efqm.score.criteria) expect(value('EFQM Model', 'criterion_score', criterion.id)).toBe(Number(plainFigure('radar', criterion.percent!)))
    expect(value('ISO 9001', 'readiness')).toBe(57.1)
    expect(value('ISO 9001', 'readiness')).toBe(Number(plainFigure('percent', iso.score.overall.readiness!)))
    expect(value('ISO 9001', 'maturity_index')).toBe(52.9)
    expect(value('ISO 9001', 'maturity_index')).toBe(Number(plainFigure('maturity', iso.score.overall.maturityIndex!)))
    expect(value('EFQM Model', 'achieved', 'customers')).toBe(Number(plainFigure('percent', efqm.achieved.customers.score!)))
    expect(value('ISO 9001', 'achieved', 'society')).toBe(Number(plainFigure('percent', iso.achieved.society.score!)))

    // The votes sheet: numbers came through as numbers, the RADAR attributes as columns.
    const [votesHeader] = parseCsv(fs.readFileSync(path.join(dir, 'results-Votes.csv'), 'utf8'))
    expect(votesHeader).toEqual(expect.arrayContaining(['Participant', 'Score (0–100)', 'Level (0–5)', 'Sound', 'Learning & Creativity']))
  }, 180_000)

  it('prints to PDF, and page 1 is rendered for a person to look at', async () => {
    const dir = makeTempDir('panorama-workbook-pdf-')
    const file = await writeWorkbook(fractionalAssessment(), dir)
    run(dir, ['--convert-to', 'pdf', '--outdir', dir, file])
    const pdf = path.join(dir, 'results.pdf')
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const out = path.resolve('test-results/workbook')
    fs.mkdirSync(out, { recursive: true })
    fs.copyFileSync(pdf, path.join(out, 'results.pdf'))
    if (fs.existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(out, 'results-page-1')], { timeout: 60_000 })
      expect(fs.statSync(path.join(out, 'results-page-1.png')).size).toBeGreaterThan(10_000)
    }
    if (!fs.existsSync('/usr/bin/pdftotext')) return
    const text = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain('237.5')
    expect(text).toContain('Criterion score')
  }, 180_000)
})
