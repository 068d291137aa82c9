import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { modules, MUTATION_BUDGET } from '../mutation/run.mjs'
import type { BenchRow } from './measure'

interface ModuleScore {
  files: string[]
  score: number | null
  killed: number
  survived: number
  noCoverage: number
  at: string
}

const summaryFile = path.resolve('test-results/mutation/summary.json')

/** When the module's files last changed in git, so a score from before that change says so. */
function lastChange(files: readonly string[]): Date | null {
  try {
    const stamp = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...files.map((glob) => glob.replace(/\/\*\*\/\*\.ts$/, ''))], { encoding: 'utf8' }).trim()
    return stamp ? new Date(stamp) : null
  } catch {
    return null
  }
}

/**
 * Issue 14: each module's last mutation score (from `npm run mutation`, which is too slow for CI)
 * against the budget. A module never run here fails its row: an unmeasured score is not a met one.
 */
export function mutationRows(): BenchRow[] {
  const summary = fs.existsSync(summaryFile) ? (JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as { modules: Record<string, ModuleScore> }) : { modules: {} }
  return Object.entries(modules).map(([name, module]) => {
    const result = summary.modules[name]
    const metric = `mutation score: ${name} (${module.mutate.join(', ')})`
    const budget = `≥ ${MUTATION_BUDGET} %`
    if (!result || result.score === null) return { metric, value: `not run here: npm run mutation ${name}`, budget, pass: false }
    const changed = lastChange(module.mutate)
    const stale = changed !== null && changed > new Date(result.at) ? '; the code changed since' : ''
    return {
      metric,
      value: `${result.score} % (${result.killed} caught, ${result.survived} survived, ${result.noCoverage} not covered; run ${result.at.slice(0, 16).replace('T', ' ')} UTC${stale})`,
      budget,
      pass: result.score >= MUTATION_BUDGET,
    }
  })
}
