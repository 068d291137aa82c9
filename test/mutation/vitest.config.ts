import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import root from '../../vitest.config'

// The `unit` project of the main config alone, rooted at the checkout (Stryker's sandbox copy
// included): Stryker's vitest runner cannot pick a project, so mutation testing points at this file.
const unit = root.test!.projects!.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit')
if (!unit || typeof unit !== 'object' || !('test' in unit)) throw new Error('vitest.config.ts has no unit project.')

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { ...unit.test, name: 'unit' },
})
