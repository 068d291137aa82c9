import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { BenchRow } from './measure'

export const roomPageDir = path.resolve('out/room-page')
export const ROOM_PAGE_JS_BUDGET = 40 * 1024

/**
 * The participant page's weight as a phone downloads it over the room's Wi-Fi. Every script in
 * the build counts, not only the entry's (there is no lazy part, and one would load on the
 * first vote anyway); the script the page names must be among them. gzip level 9, as the
 * renderer's row measures.
 */
export function roomPageSizes(dir = roomPageDir): { jsGzip: number; jsRaw: number; cssGzip: number; files: string[] } {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
  const named = [...html.matchAll(/<script[^>]+src="\/p\/([^"]+)"/g)].map((m) => m[1]!)
  if (named.length === 0) throw new Error('The built participant page names no script under /p/.')
  const all = fs.readdirSync(path.join(dir, 'assets')).map((f) => `assets/${f}`)
  for (const file of named) if (!all.includes(file)) throw new Error(`The page names ${file}, which the build did not write.`)
  const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length
  const js = all.filter((f) => f.endsWith('.js'))
  const css = all.filter((f) => f.endsWith('.css'))
  return {
    jsGzip: js.reduce((sum, f) => sum + gzip(f), 0),
    jsRaw: js.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0),
    cssGzip: css.reduce((sum, f) => sum + gzip(f), 0),
    files: js,
  }
}

export function roomPageRows(): BenchRow[] {
  const sizes = roomPageSizes()
  return [
    {
      metric: 'room: participant page JavaScript (gzip, every script in out/room-page)',
      value: `${(sizes.jsGzip / 1024).toFixed(1)} KB (${(sizes.jsRaw / 1024).toFixed(1)} KB minified, ${sizes.files.length} file; CSS ${(sizes.cssGzip / 1024).toFixed(1)} KB gzip)`,
      budget: '≤ 40 KB',
      pass: sizes.jsGzip <= ROOM_PAGE_JS_BUDGET,
    },
  ]
}
