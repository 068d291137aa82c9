import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Browser } from 'playwright-core'
import type { Dispatch } from '../../electron/ipc/dispatch'
import { wireApi } from '../e2e/harness'

/** Gzipped bytes of the JavaScript the page loads before it can run: entry script plus modulepreloads. */
export function initialJsGzipBytes(rendererDir: string): number {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)]
  return scripts.reduce((sum, [, src]) => sum + zlib.gzipSync(fs.readFileSync(path.join(rendererDir, src!))).length, 0)
}

/** Milliseconds from navigation start to the page's `panorama-interactive` mark, in a fresh context. */
export async function timeToInteractive(browser: Browser, url: string, dispatch?: Dispatch): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  if (dispatch) await wireApi(page, dispatch)
  await page.goto(url)
  await page.locator('html[data-ready="true"]').waitFor()
  const ms = (await page.evaluate("performance.getEntriesByName('panorama-interactive')[0].startTime")) as number
  await context.close()
  return ms
}

/** Median wall time of `runs` calls in milliseconds, after a few warm-up calls for the JIT. */
export function timeSync(run: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) run()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    run()
    samples.push(performance.now() - started)
  }
  return median(samples)
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface BenchRow {
  metric: string
  value: string
  budget: string
  pass: boolean
}

export function printTable(rows: BenchRow[]): void {
  const table = rows.map((r) => [r.metric, r.value, r.budget, r.pass ? 'pass' : 'FAIL'])
  const header = ['metric', 'value', 'budget', 'verdict']
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of table) console.log(line(row))
}
