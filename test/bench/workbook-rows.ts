import '../support/i18n-setup'
import { csvZip } from '../../electron/exports/csv-tables'
import { resultsTables } from '../../electron/exports/results-tables'
import { buildResultsWorkbook } from '../../electron/exports/results-workbook'
import { bundledFrameworks, bundledStakeholders } from '../../electron/ipc/known-frameworks'
import { fullAssessment } from '../support/full-assessment'
import { median, printTable, type BenchRow } from './measure'

const RUNS = 7

/**
 * The results exports of a 20-person workshop with both frameworks, every item voted by everyone
 * with full RADAR grids, a consensus and a note of each kind: the tables, the .xlsx and the CSV
 * zip, as "Export to Excel…" and the CSV export build them in main (after the first run, which
 * loads exceljs).
 */
export async function workbookRows(): Promise<BenchRow[]> {
  const assessment = fullAssessment('b0000000-0000-4000-8000-000000000020', 20, { efqmVotes: 'radar' })
  const input = { assessment, frameworks: bundledFrameworks(), stakeholders: bundledStakeholders() }
  const at = new Date(assessment.updatedAt)
  await buildResultsWorkbook(resultsTables(input), { title: assessment.title, at })
  const workbook: number[] = []
  const csv: number[] = []
  let bytes = 0
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now()
    bytes = (await buildResultsWorkbook(resultsTables(input), { title: assessment.title, at })).length
    workbook.push(performance.now() - started)
    started = performance.now()
    csvZip(resultsTables(input), at)
    csv.push(performance.now() - started)
  }
  return [
    {
      metric: 'results workbook: build (both frameworks, 20 participants, RADAR votes)',
      value: `${median(workbook).toFixed(0)} ms median of ${RUNS} (${(bytes / 1024).toFixed(0)} KB)`,
      budget: '≤ 1500 ms',
      pass: median(workbook) <= 1500,
    },
    {
      metric: 'CSV files zipped: build (both frameworks, 20 participants, RADAR votes)',
      value: `${median(csv).toFixed(0)} ms median of ${RUNS}`,
      budget: '≤ 500 ms',
      pass: median(csv) <= 500,
    },
  ]
}

// `node test/bench/launch.mjs workbook-rows.ts` prints these rows alone.
if (process.argv[2] === 'workbook-rows.ts') printTable(await workbookRows())
