import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { median, printTable, type BenchRow } from './measure'
import type { RecomputeSamples, RecomputeTimes } from './recompute'

/** One fresh Node process timing the recompute for each participant count (see recompute-child.ts). */
function recomputeInFreshProcess(counts: number[]): Array<{ participants: number } & RecomputeSamples> {
  const output = execFileSync(process.execPath, [path.resolve('test/bench/launch.mjs'), 'recompute-child.ts', ...counts.map(String)], { encoding: 'utf8' })
  const line = output.split('\n').find((l) => l.startsWith('RECOMPUTE '))
  if (!line) throw new Error(`The recompute process printed no result:\n${output}`)
  return JSON.parse(line.slice('RECOMPUTE '.length))
}

const PROCESSES = 3

/**
 * What the renderer redoes on every edit, timed from the stored document: the results
 * (`toWorkshopInput` + `computeWorkshopResults`) and each framework's item statuses. Everything
 * answered by everyone, EFQM with full RADAR votes. The median is of warm runs over successive
 * edits (one vote each, shared structure, as the store makes them), which is what a keystroke
 * costs. Beside it: the same on a deep copy of the document, so no vote is an object the engine
 * has seen (the cost on opening it), and the first (cold) run of a fresh process, before any warm-up.
 */
export function scoringRows(): BenchRow[] {
  const stages = (t: RecomputeTimes) => `convert ${t.convert.toFixed(2)} + engine ${t.engine.toFixed(2)} + statuses ${t.statuses.toFixed(2)}`
  const row = (participants: number, budget: number): BenchRow => {
    const runs = Array.from({ length: PROCESSES }, () => recomputeInFreshProcess([participants])[0]!)
    const warm = (stage: keyof RecomputeTimes) => median(runs.map((r) => r.warm[stage]))
    const warmTimes: RecomputeTimes = { total: warm('total'), convert: warm('convert'), engine: warm('engine'), statuses: warm('statuses') }
    const colds = runs.map((r) => r.cold.total)
    const fresh = median(runs.map((r) => r.fresh.total))
    return {
      metric: `recompute after an edit: results + item statuses from the document (both frameworks, ${participants} participants, all answered)`,
      value:
        `${warmTimes.total.toFixed(2)} ms median (${stages(warmTimes)}); ` +
        `${fresh.toFixed(2)} ms on a freshly opened copy (nothing reused); ` +
        `first run ${median(colds).toFixed(1)} ms cold (${colds.map((c) => c.toFixed(1)).join(' / ')} in ${PROCESSES} fresh processes)`,
      budget: `≤ ${budget} ms (median)`,
      pass: warmTimes.total <= budget,
    }
  }
  const rows = [row(100, 8), row(20, 2)]
  const counts = [5, 10, 20, 40, 100]
  const growthRuns = recomputeInFreshProcess(counts)
  const at = (n: number) => growthRuns.find((r) => r.participants === n)!.warm.total
  const growth = at(40) / at(20)
  rows.push({
    metric: `recompute time at ${counts.join(' / ')} participants`,
    value: `${counts.map((n) => at(n).toFixed(2)).join(' / ')} ms (40 vs 20: ${growth.toFixed(2)}×)`,
    budget: 'linear: 40 vs 20 ≤ 2.5×',
    pass: growth <= 2.5,
  })
  return rows
}

// `node test/bench/launch.mjs scoring-rows.ts` prints these rows alone.
if (process.argv[2] === 'scoring-rows.ts') printTable(scoringRows())
