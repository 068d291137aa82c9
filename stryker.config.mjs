// `npm run mutation` (test/mutation/run.mjs) runs Stryker once per module with this base and
// the module's `mutate` globs; the modules, their reports and the summary live under test/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Only the node `unit` project: the component, launch and e2e projects are slow and need jsdom,
  // a scratch checkout or a built renderer.
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  // A static mutant (a module-level constant) re-runs every related test file from scratch: 2 % of
  // the mutants, 98 % of the time on two cores. They are left out of the score (counted as ignored).
  ignoreStatic: true,
  tempDirName: 'test-results/mutation/tmp',
  ignorePatterns: ['.tools', 'out', 'dist', 'release', 'test-results', 'test/e2e', 'test/launch', 'test/components', 'test/bench'],
  checkers: [],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
  cleanTempDir: 'always',
}
