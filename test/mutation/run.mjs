// `npm run mutation [module…]`: Stryker over each module in turn (one at a time, so two cores
// are enough), then test-results/mutation/summary.json with the score per module, which
// `npm run bench` prints against the budget. Modules not named keep their last summary entry.
import fs from 'node:fs'
import path from 'node:path'
import { Stryker } from '@stryker-mutator/core'

export const MUTATION_BUDGET = 85

// recompute-speed.test.ts is not among them: despite its name it checks that the caches give the
// right figures, and runs in a fraction of a second.
const slow = ['test/unit/report.test.ts', 'test/unit/portable-file-fuzz.test.ts', 'test/unit/ipc-fuzz.test.ts']
const but = (...kept) => slow.filter((file) => !kept.includes(file))

/**
 * Each module: the files Stryker mutates, the slow tests left out of its runs, and whether its
 * module-level constants are mutated too. Tests that re-import electron/main make such constants
 * "hybrid": with ignoreStatic, Stryker tries them only against those tests, so a constant the
 * module's own tests pin (the CSP, the MIME types, the CSV's BOM) would count as surviving.
 */
export const modules = {
  domain: { mutate: ['common/domain/**/*.ts'], skip: slow },
  security: { mutate: ['electron/security/**/*.ts'], skip: slow, ignoreStatic: false },
  dispatch: { mutate: ['electron/ipc/dispatch.ts'], skip: but('test/unit/ipc-fuzz.test.ts') },
  // The crash test kills 40 writers (about 20 s a run), hostile-files drives the file worker (7 s),
  // and the tests that start electron/main open storage on the way to what they check (the window,
  // the lifecycle, the theme): every storage mutant would re-run them. The repository's and the
  // stores' own tests check the storage paths.
  storage: {
    mutate: ['electron/storage/**/*.ts'],
    skip: [...slow, 'test/unit/crash-safety.test.ts', 'test/unit/hostile-files.test.ts', 'test/unit/app-lifecycle.test.ts', 'test/unit/main-window-security.test.ts', 'test/unit/theme-change.test.ts'],
    // Every IPC and room test opens a repository on disk on its way to what it checks; storage's own tests are these.
    only: ['test/unit/assessment-repository.test.ts', 'test/unit/storage-*.test.ts', 'test/unit/settings-store.test.ts', 'test/unit/durable-writes.test.ts', 'test/unit/identity.test.ts', 'test/unit/assessment-file.test.ts'],
  },
  // LibreOffice takes some 10 s a run: the workbook's own tests read it back with exceljs instead.
  exports: {
    mutate: ['electron/exports/results-tables.ts', 'electron/exports/results-workbook.ts', 'electron/exports/csv-tables.ts', 'electron/exports/results-files.ts', 'electron/ipc/portable-file.ts', 'electron/ipc/formula-guard.ts'],
    skip: [...but('test/unit/portable-file-fuzz.test.ts'), 'test/unit/workbook-in-spreadsheet.test.ts'],
    ignoreStatic: false,
  },
  // Pre-work packs: written and read back by the round-trip and refusal tests; LibreOffice's re-save is left out (slow).
  prework: {
    mutate: ['electron/exports/prework-pack.ts', 'electron/exports/prework-identity.ts', 'electron/exports/prework-files.ts', 'electron/exports/prework-read.ts'],
    skip: [...slow, 'test/unit/prework-libreoffice.test.ts', 'test/unit/workbook-in-spreadsheet.test.ts'],
  },
  // The model is read field by field in report-model*.test.ts; report.test.ts lays it out as a PDF.
  'report-model': { mutate: ['renderer/src/report/report-model.ts'], skip: slow },
}

const outDir = path.resolve('test-results/mutation')
const summaryFile = path.join(outDir, 'summary.json')

/** Stryker's mutation score: detected ÷ (detected + undetected), leaving out ignored and invalid mutants. */
export function scoreOf(results) {
  const count = (...statuses) => results.filter((r) => statuses.includes(r.status)).length
  const killed = count('Killed', 'Timeout')
  const survived = count('Survived')
  const noCoverage = count('NoCoverage')
  const valid = killed + survived + noCoverage
  return { score: valid === 0 ? null : Math.round((killed / valid) * 10000) / 100, killed, survived, noCoverage, ignored: count('Ignored'), invalid: count('CompileError', 'RuntimeError') }
}

async function main() {
  const names = process.argv.slice(2)
  const unknown = names.filter((name) => !(name in modules))
  if (unknown.length > 0) throw new Error(`Unknown module ${unknown.join(', ')}; the modules are ${Object.keys(modules).join(', ')}.`)
  fs.mkdirSync(outDir, { recursive: true })
  for (const name of names.length > 0 ? names : Object.keys(modules)) {
    const dir = path.join(outDir, name)
    const started = Date.now()
    process.env.MUTATION_SKIP_TESTS = modules[name].skip.join(',')
    process.env.MUTATION_ONLY_TESTS = (modules[name].only ?? []).join(',')
    const results = await new Stryker({
      configFile: 'stryker.config.mjs',
      mutate: modules[name].mutate,
      ...(modules[name].ignoreStatic === false ? { ignoreStatic: false } : {}),
      // A sandbox folder per module: two runs at once must not clean up each other's.
      tempDirName: path.join('test-results/mutation', `tmp-${name}`),
      incrementalFile: path.join(dir, 'incremental.json'),
      htmlReporter: { fileName: path.join(dir, 'report.html') },
      jsonReporter: { fileName: path.join(dir, 'report.json') },
    }).runMutationTest()
    // Read again: another run (of other modules) may have written its scores meanwhile.
    const summary = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')) : { budget: MUTATION_BUDGET, modules: {} }
    summary.budget = MUTATION_BUDGET
    summary.modules[name] = { files: modules[name].mutate, skippedTests: modules[name].skip, ...scoreOf(results), seconds: Math.round((Date.now() - started) / 1000), at: new Date().toISOString() }
    fs.writeFileSync(summaryFile, `${JSON.stringify(summary, undefined, 2)}\n`)
    console.log(`${name}: ${summary.modules[name].score} % (${summary.modules[name].seconds} s)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
