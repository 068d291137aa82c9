import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import root from '../../vitest.config'

// The `unit` project of the main config alone, rooted at the checkout (Stryker's sandbox copy
// included): Stryker's vitest runner cannot pick a project, so mutation testing points at this file.
const unit = root.test!.projects!.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit')
if (!unit || typeof unit !== 'object' || !('test' in unit)) throw new Error('vitest.config.ts has no unit project.')

// run.mjs names the slow whole-pipeline tests that another module's own tests already cover
// (the PDF rendered through pdftotext, the fuzzers, the speed budgets): each mutant they cover
// would otherwise re-run their set-up, which is most of the time on two cores.
const skipped = (process.env.MUTATION_SKIP_TESTS ?? '').split(',').filter(Boolean)
// A module may name its own tests instead (storage: every IPC test opens storage on the way).
const only = (process.env.MUTATION_ONLY_TESTS ?? '').split(',').filter(Boolean)

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { ...unit.test, name: 'unit', ...(only.length > 0 ? { include: only } : {}), exclude: [...(unit.test?.exclude ?? ['**/node_modules/**']), ...skipped] },
})
