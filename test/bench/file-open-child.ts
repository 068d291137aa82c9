/**
 * One fresh process per hostile file for the bench: `node --expose-gc test/bench/launch.mjs
 * file-open-child.ts wide` writes the file, then opens it through the real handlers and the
 * built file worker (out/main/file-worker.js) exactly as Open file… does, and prints one JSON
 * line: time to the refusal, the longest the event loop was blocked, and peak memory growth of
 * the whole process (the worker thread included). The worker is not started beforehand, so its
 * start-up counts too.
 */
import fs from 'node:fs'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import '../support/i18n-setup'
import { createTestBackend } from '../support/backend'
import { deepFile, manyKeysFile, spreadKeysFile, wideArrayFile } from '../support/hostile-files'
import { makeTempDir } from '../support/temp-dir'

const shapes = { wide: wideArrayFile, keys: manyKeysFile, spread: spreadKeysFile, deep: deepFile }
const shape = process.argv.slice(2).find((arg): arg is keyof typeof shapes => arg in shapes)
if (!shape) throw new Error(`Name a shape: ${Object.keys(shapes).join(', ')}`)

const dir = makeTempDir('panorama-bench-hostile-')
const file = path.join(dir, `${shape}.panorama`)
fs.writeFileSync(file, shapes[shape]())
const bytes = fs.statSync(file).size
const backend = createTestBackend({ dataDir: dir })
backend.files.queueOpen([file])

// What the test made to write the file is not the app's memory.
const gc = (globalThis as { gc?: () => void }).gc
gc?.()
await new Promise((resolve) => setTimeout(resolve, 100))
gc?.()
const baseline = process.memoryUsage()
const maxRssBefore = process.resourceUsage().maxRSS * 1024

let peakRss = baseline.rss
let peakHeap = baseline.heapUsed
let last = performance.now()
let probeBlocked = 0
const probe = setInterval(() => {
  const now = performance.now()
  probeBlocked = Math.max(probeBlocked, now - last - 5)
  last = now
  const usage = process.memoryUsage()
  peakRss = Math.max(peakRss, usage.rss)
  peakHeap = Math.max(peakHeap, usage.heapUsed)
}, 5)
const delay = monitorEventLoopDelay({ resolution: 5 })
delay.enable()

const started = performance.now()
const result = await backend.handlers.openAssessmentFile(undefined)
const ms = performance.now() - started

delay.disable()
clearInterval(probe)
// maxRSS is the process's high-water mark: it sees a peak between two samples, if it is a new one.
const maxRssAfter = process.resourceUsage().maxRSS * 1024
if (maxRssAfter > maxRssBefore) peakRss = Math.max(peakRss, maxRssAfter)
fs.rmSync(dir, { recursive: true, force: true })

console.log(
  `FILE-OPEN ${JSON.stringify({
    shape,
    bytes,
    ms,
    // monitorEventLoopDelay reports how late its timer ran, less its own 5 ms resolution.
    blockedMs: Math.max(probeBlocked, delay.max / 1e6 - 5),
    rssGrowthMb: (peakRss - baseline.rss) / 1024 / 1024,
    heapGrowthMb: (peakHeap - baseline.heapUsed) / 1024 / 1024,
    refused: result.status === 'refused',
    message: result.status === 'refused' ? result.message : result.status,
  })}`,
)
process.exit(0)
