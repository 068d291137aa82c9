import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { BenchRow } from './measure'

/** The worst shapes that fit under the 20 MB limit (test/support/hostile-files.ts). */
const SHAPES = [
  ['wide', 'wide list [0,0,0,…], ten million items'],
  ['keys', '1.9 million keys in one object'],
  ['spread', 'a million keys in objects of 4,000'],
  ['deep', 'ten million levels of nesting'],
] as const

interface FileOpenSample {
  shape: string
  bytes: number
  ms: number
  blockedMs: number
  rssGrowthMb: number
  heapGrowthMb: number
  refused: boolean
  message: string
}

function openInFreshProcess(shape: string): FileOpenSample {
  const output = execFileSync(process.execPath, ['--expose-gc', path.resolve('test/bench/launch.mjs'), 'file-open-child.ts', shape], { encoding: 'utf8' })
  const line = output.split('\n').find((l) => l.startsWith('FILE-OPEN '))
  if (!line) throw new Error(`The file-open process printed no result:\n${output}`)
  return JSON.parse(line.slice('FILE-OPEN '.length)) as FileOpenSample
}

/**
 * Issue 14: each hostile file opened through Open file… in a fresh process, with the built file
 * worker (run `npm run build` first). Budgets: refused within 1.5 s, the main event loop never
 * blocked for more than 100 ms, peak memory growth (RSS of the whole process, worker included)
 * under 300 MB. The median of three runs of each is reported.
 */
export function fileOpenRows(runs = 3): BenchRow[] {
  if (!fs.existsSync('out/main/file-worker.js')) throw new Error('No out/main/file-worker.js: run "npm run build" first (npm run bench does).')
  return SHAPES.map(([shape, description]) => {
    const samples = Array.from({ length: runs }, () => openInFreshProcess(shape))
    const mid = <K extends 'ms' | 'blockedMs' | 'rssGrowthMb' | 'heapGrowthMb'>(key: K) => [...samples.map((s) => s[key])].sort((a, b) => a - b)[Math.floor(runs / 2)]!
    const [ms, blocked, rss, heap] = [mid('ms'), mid('blockedMs'), mid('rssGrowthMb'), mid('heapGrowthMb')]
    const mb = (samples[0]!.bytes / 1024 / 1024).toFixed(1)
    return {
      metric: `hostile file refused by Open file…: ${description} (${mb} MB)`,
      value: `${ms.toFixed(0)} ms to refusal; main loop blocked ≤ ${blocked.toFixed(0)} ms; peak memory +${rss.toFixed(0)} MB RSS (+${heap.toFixed(0)} MB main heap) (median of ${runs})`,
      budget: '≤ 1.5 s / ≤ 100 ms / ≤ 300 MB',
      pass: samples.every((s) => s.refused) && ms <= 1500 && blocked <= 100 && rss <= 300,
    }
  })
}
