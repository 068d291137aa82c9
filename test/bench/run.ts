/**
 * `npm run bench`: speed and size budgets, printed as a table. Exits non-zero if a budget is
 * missed. Run after `npm run build` (the npm script does it).
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import '../support/i18n-setup'
import { makeTempDir } from '../support/temp-dir'
import { createTestBackend } from '../support/backend'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { launchChromium, rendererDir, serveRenderer } from '../e2e/harness'
import { fullAssessment } from '../support/full-assessment'
import { printDesignCoverage } from './design-coverage'
import { fullReportInput, reportFonts } from '../support/report-fixture'
import { buildReportModel } from '../../renderer/src/report/report-model'
import { buildReportPdf } from '../../renderer/src/report/build-report'
import { initialJsGzipBytes, median, printTable, timeToInteractive, timeSync, type BenchRow } from './measure'
import { scoringRows } from './scoring-rows'
import { fileOpenRows } from './file-open-rows'
import { roomVoteRows } from './room-votes-rows'
import { roomPageRows } from './room-page-rows'
import { mutationRows } from './mutation-rows'
import { preworkRows } from './prework-rows'

const RUNS = 21
const blankDir = path.resolve('out/bench-blank')

async function main() {
  const rows: BenchRow[] = []

  const jsBytes = initialJsGzipBytes(rendererDir)
  rows.push({
    metric: 'renderer initial JS (gzip)',
    value: `${(jsBytes / 1024).toFixed(1)} KB`,
    budget: '≤ 250 KB',
    pass: jsBytes <= 250 * 1024,
  })

  await build({
    root: path.resolve('test/bench/blank'),
    logLevel: 'warn',
    base: './',
    plugins: [react()],
    build: { outDir: blankDir, emptyOutDir: true, minify: true },
  })

  const app = await serveRenderer(rendererDir)
  const blank = await serveRenderer(blankDir)
  const backend = createTestBackend({ dataDir: makeTempDir('panorama-bench-'), trustedOrigins: [app.origin] })
  backend.repository.create('Bench assessment')
  const browser = await launchChromium()
  try {
    // Warm both once, then alternate so machine noise falls on both sides alike.
    await timeToInteractive(browser, `${app.origin}/index.html`, backend.dispatch)
    await timeToInteractive(browser, `${blank.origin}/index.html`)
    const appTimes: number[] = []
    const blankTimes: number[] = []
    for (let i = 0; i < RUNS; i++) {
      appTimes.push(await timeToInteractive(browser, `${app.origin}/index.html`, backend.dispatch))
      blankTimes.push(await timeToInteractive(browser, `${blank.origin}/index.html`))
    }
    const ratio = median(appTimes) / median(blankTimes)
    rows.push({
      metric: 'time to interactive vs blank React page',
      value: `${ratio.toFixed(2)}× (${median(appTimes).toFixed(0)} ms vs ${median(blankTimes).toFixed(0)} ms, median of ${RUNS})`,
      budget: '≤ 1.5×',
      pass: ratio <= 1.5,
    })
  } finally {
    await browser.close()
    await app.close()
    await blank.close()
  }

  rows.push(...scoringRows())
  rows.push(await autosaveRow())
  rows.push(...(await storageOpenRows()))
  rows.push(...reportRows())
  rows.push(...fileOpenRows())
  rows.push(...roomVoteRows())
  rows.push(...roomPageRows())
  rows.push(...(await preworkRows()))
  rows.push(...mutationRows())

  printTable(rows)
  console.log()
  printDesignCoverage()
  if (rows.some((row) => !row.pass)) process.exitCode = 1
}

/** One autosave as main sees it: payload validation, the handler and the atomic file write. */
async function autosaveRow(): Promise<BenchRow> {
  const backend = createTestBackend({ dataDir: makeTempDir('panorama-bench-save-') })
  const created = backend.repository.create('Full workshop')
  const document = { ...fullAssessment(created.id), createdAt: created.createdAt }
  const samples: number[] = []
  for (let i = 0; i < 45; i++) {
    const edited = { ...document, title: `Full workshop ${i}` }
    const started = performance.now()
    const result = await backend.dispatch('saveAssessment', 'app://panorama/index.html', { assessment: edited })
    samples.push(performance.now() - started)
    if (!result.ok) throw new Error(result.error.message)
  }
  const time = median(samples.slice(5))
  const bytes = JSON.stringify(document).length
  return {
    metric: 'autosave: validate + handler + atomic write (20 participants, all answered)',
    value: `${time.toFixed(1)} ms (median of 40, ${(bytes / 1024).toFixed(0)} KB document)`,
    budget: '≤ 30 ms',
    pass: time <= 30,
  }
}

/** Opening from storage: the home screen's list of 500 assessments, and one large assessment over IPC. */
async function storageOpenRows(): Promise<BenchRow[]> {
  const dataDir = makeTempDir('panorama-bench-library-')
  const backend = createTestBackend({ dataDir })
  // 500 answered assessments (both frameworks, 5 people each), written as the app writes them.
  const template = fullAssessment('00000000-0000-4000-8000-000000000000', 5)
  let bytes = 0
  for (let i = 1; i <= 500; i++) {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
    const stamp = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString()
    const text = JSON.stringify({ ...template, id, origin: id, title: `Assessment ${i}`, createdAt: stamp, updatedAt: stamp }, undefined, '\t')
    fs.writeFileSync(path.join(dataDir, 'assessments', `assessment-${id}.json`), text)
    bytes += text.length
  }
  // A fresh repository (as at start-up) opening the library index and listing it.
  const openList = () => {
    const started = performance.now()
    const count = createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date(), newId: randomUUID }).list().length
    if (count !== 500) throw new Error(`Listed ${count} assessments instead of 500.`)
    return performance.now() - started
  }
  const libraryFile = path.join(dataDir, 'library.json')
  const rebuild = () => {
    fs.rmSync(libraryFile, { force: true })
    return openList()
  }
  const rebuilt = median([rebuild(), rebuild(), rebuild()])
  const fromIndex = median(Array.from({ length: 26 }, openList).slice(5))

  const created = backend.repository.create('Full workshop')
  backend.repository.save({ ...fullAssessment(created.id, 20), createdAt: created.createdAt })
  const samples: number[] = []
  for (let i = 0; i < 26; i++) {
    const started = performance.now()
    const result = await backend.dispatch('getAssessment', 'app://panorama/index.html', { id: created.id })
    samples.push(performance.now() - started)
    if (!result.ok) throw new Error(result.error.message)
  }
  const open = median(samples.slice(5))
  const fileKb = fs.statSync(path.join(dataDir, 'assessments', `assessment-${created.id}.json`)).size / 1024
  return [
    {
      metric: 'open a library of 500 assessments (the list view)',
      value: `${fromIndex.toFixed(1)} ms from the index (median of 21); ${rebuilt.toFixed(0)} ms with the index deleted and rebuilt from ${(bytes / 1024 / 1024).toFixed(0)} MB of files (median of 3)`,
      budget: '≤ 300 ms (from the index)',
      pass: fromIndex <= 300,
    },
    {
      metric: 'open one large assessment (both frameworks, 20 participants, everything answered)',
      value: `${open.toFixed(1)} ms (median of 21, ${fileKb.toFixed(0)} KB file)`,
      budget: '≤ 100 ms',
      pass: open <= 100,
    },
  ]
}

/** The PDF for a full workshop (both frameworks, 20 participants, appendix), model and drawing included. */
function reportRows(): BenchRow[] {
  const input = fullReportInput(20)
  const fonts = reportFonts()
  const options = { paper: 'a4' as const, appendix: true, anonymise: false, createdAt: new Date('2026-04-01T12:00:00Z') }
  let bytes: Uint8Array = new Uint8Array()
  const time = timeSync(() => {
    bytes = buildReportPdf(buildReportModel(input, options), fonts, options)
  }, 7)
  return [
    { metric: 'PDF report: generation (both frameworks, 20 participants, appendix)', value: `${time.toFixed(0)} ms (median of 7)`, budget: '≤ 2000 ms', pass: time <= 2000 },
    { metric: 'PDF report: file size (same report)', value: `${(bytes.length / 1024).toFixed(0)} KB`, budget: '≤ 1.5 MB', pass: bytes.length <= 1.5 * 1024 * 1024 },
  ]
}

await main()
