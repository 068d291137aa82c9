import fs from 'node:fs'
import vm from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { eventNames, methodNames } from '../../common/contract/contract'
import { metaContentSecurityPolicy } from '../../electron/security/csp'

describe('build output', () => {
  it('the built index.html carries the Content-Security-Policy and no inline script', () => {
    const html = fs.readFileSync('out/renderer/index.html', 'utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('the preload is one CommonJS file that needs nothing but electron, as a sandboxed preload must', () => {
    const code = fs.readFileSync('out/preload/preload.cjs', 'utf8')
    const exposed: Record<string, Record<string, unknown>> = {}
    const required: string[] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value) },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    }
    const module = { exports: {} }
    vm.runInNewContext(code, {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name)
        if (name === 'electron') return electron
        throw new Error(`a sandboxed preload cannot require ${name}`)
      },
    })
    expect([...new Set(required)]).toEqual(['electron'])
    expect(Object.keys(exposed.api ?? {}).sort()).toEqual([...methodNames, ...eventNames].sort())
  })

  it('the file worker is its own ES module next to main.js, where main starts it, needing only Node and its own chunks', () => {
    const main = fs.readFileSync('out/main/main.js', 'utf8')
    expect(main).toContain('./file-worker.js')
    const worker = fs.readFileSync('out/main/file-worker.js', 'utf8')
    const imports = [...worker.matchAll(/^import .* from "([^"]+)";?$/gm)].map((m) => m[1]!)
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((from) => !from.startsWith('./chunks/') && !from.startsWith('node:'))).toEqual([])
    // The parsing and checking code stays out of main itself.
    expect(main).not.toContain('findShapeProblem')
  })

  it('the participant page is built to out/room-page for the room server: files under /p/, nothing inline, no eval, within its budget', async () => {
    const html = fs.readFileSync('out/room-page/index.html', 'utf8')
    // The room's CSP allows its own files only: no inline script or style, no style attribute.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/<style|\sstyle=/)
    const sources = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    expect(sources.length).toBeGreaterThan(1)
    expect(sources.filter((s) => !s.startsWith('/p/assets/') && s !== 'data:,')).toEqual([])
    for (const source of sources.filter((s) => s.startsWith('/p/'))) expect(fs.existsSync(`out/room-page/${source.slice(3)}`), source).toBe(true)
    const js = fs.readdirSync('out/room-page/assets').filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(`out/room-page/assets/${f}`, 'utf8')).join('\n')
    expect(js).not.toMatch(/\beval\(|new Function\(|innerHTML|insertAdjacentHTML|document\.write/)
    // No framework and no schema library came along.
    expect(js).not.toMatch(/react|__zod|ZodError/i)
    const { roomPageRows } = await import('../bench/room-page-rows')
    expect(roomPageRows()[0]!.pass).toBe(true)
  })

  it('the main process is an ES module that loads its preload as .cjs', () => {
    const main = fs.readFileSync('out/main/main.js', 'utf8')
    expect(main).toContain('preload/preload.cjs')
    expect(main).toMatch(/^import /m)
  })
})
